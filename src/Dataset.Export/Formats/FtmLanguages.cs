namespace Dataset.Export;

/// <summary>
/// The languages FollowTheMoney 3.8's <c>language</c> type takes, by ISO 639-3 code (its model limits the list); a
/// document in another language is written without one. FtmModelTests check every value against the real model.
/// </summary>
internal static class FtmLanguages
{
    private static readonly HashSet<string> Codes = new(StringComparer.Ordinal)
    {
        "afr", "ara", "aze", "bel", "ben", "bos", "bul", "cat", "ces", "cnr", "dan", "deu", "ell", "eng", "est", "fas", "fil", "fin", "fra", "heb",
        "hin", "hrv", "hun", "hye", "ind", "isl", "ita", "jpn", "kan", "kat", "kaz", "khm", "kir", "kor", "lav", "lit", "ltz", "mkd", "mlt", "mon",
        "msa", "mya", "nep", "nld", "nor", "pol", "por", "ron", "rus", "slk", "slv", "spa", "sqi", "srp", "swa", "swe", "tgk", "tgl", "tuk", "tur",
        "ukr", "urd", "uzb", "zho",
    };

    public static bool Contains(string alpha3) => Codes.Contains(alpha3);
}
