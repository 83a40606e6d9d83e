// Compiled into the annotation engine (which checks a document's language and guesses it) and the exports (which
// write its FollowTheMoney code and its text direction): the list of languages is written here once.
using System.Collections.Generic;
using System.Linq;

namespace Dataset.LanguageFormat;

/// <summary>One language of ISO 639-1: its two-letter code, its ISO 639-3 code and its English name.</summary>
internal sealed record LanguageCode(string Code, string Alpha3, string Name);

/// <summary>
/// The 184 languages of ISO 639-1 (as the iso-codes project lists them, with their ISO 639-3 codes), which of them
/// are written right to left, and which the coverage check judges.
/// </summary>
internal static class LanguageCodes
{
    /// <summary>Every ISO 639-1 language, by code.</summary>
    public static readonly IReadOnlyList<LanguageCode> All = new LanguageCode[]
    {
        new("aa", "aar", "Afar"), new("ab", "abk", "Abkhazian"), new("ae", "ave", "Avestan"), new("af", "afr", "Afrikaans"),
        new("ak", "aka", "Akan"), new("am", "amh", "Amharic"), new("an", "arg", "Aragonese"), new("ar", "ara", "Arabic"),
        new("as", "asm", "Assamese"), new("av", "ava", "Avaric"), new("ay", "aym", "Aymara"), new("az", "aze", "Azerbaijani"),
        new("ba", "bak", "Bashkir"), new("be", "bel", "Belarusian"), new("bg", "bul", "Bulgarian"), new("bi", "bis", "Bislama"),
        new("bm", "bam", "Bambara"), new("bn", "ben", "Bengali"), new("bo", "bod", "Tibetan"), new("br", "bre", "Breton"),
        new("bs", "bos", "Bosnian"), new("ca", "cat", "Catalan"), new("ce", "che", "Chechen"), new("ch", "cha", "Chamorro"),
        new("co", "cos", "Corsican"), new("cr", "cre", "Cree"), new("cs", "ces", "Czech"), new("cu", "chu", "Church Slavic"),
        new("cv", "chv", "Chuvash"), new("cy", "cym", "Welsh"), new("da", "dan", "Danish"), new("de", "deu", "German"), new("dv", "div", "Dhivehi"),
        new("dz", "dzo", "Dzongkha"), new("ee", "ewe", "Ewe"), new("el", "ell", "Modern Greek (1453-)"), new("en", "eng", "English"),
        new("eo", "epo", "Esperanto"), new("es", "spa", "Spanish"), new("et", "est", "Estonian"), new("eu", "eus", "Basque"),
        new("fa", "fas", "Persian"), new("ff", "ful", "Fulah"), new("fi", "fin", "Finnish"), new("fj", "fij", "Fijian"), new("fo", "fao", "Faroese"),
        new("fr", "fra", "French"), new("fy", "fry", "Western Frisian"), new("ga", "gle", "Irish"), new("gd", "gla", "Scottish Gaelic"),
        new("gl", "glg", "Galician"), new("gn", "grn", "Guarani"), new("gu", "guj", "Gujarati"), new("gv", "glv", "Manx"), new("ha", "hau", "Hausa"),
        new("he", "heb", "Hebrew"), new("hi", "hin", "Hindi"), new("ho", "hmo", "Hiri Motu"), new("hr", "hrv", "Croatian"),
        new("ht", "hat", "Haitian"), new("hu", "hun", "Hungarian"), new("hy", "hye", "Armenian"), new("hz", "her", "Herero"),
        new("ia", "ina", "Interlingua (International Auxiliary Language Association)"), new("id", "ind", "Indonesian"),
        new("ie", "ile", "Interlingue"), new("ig", "ibo", "Igbo"), new("ii", "iii", "Sichuan Yi"), new("ik", "ipk", "Inupiaq"),
        new("io", "ido", "Ido"), new("is", "isl", "Icelandic"), new("it", "ita", "Italian"), new("iu", "iku", "Inuktitut"),
        new("ja", "jpn", "Japanese"), new("jv", "jav", "Javanese"), new("ka", "kat", "Georgian"), new("kg", "kon", "Kongo"),
        new("ki", "kik", "Kikuyu"), new("kj", "kua", "Kuanyama"), new("kk", "kaz", "Kazakh"), new("kl", "kal", "Kalaallisut"),
        new("km", "khm", "Khmer"), new("kn", "kan", "Kannada"), new("ko", "kor", "Korean"), new("kr", "kau", "Kanuri"), new("ks", "kas", "Kashmiri"),
        new("ku", "kur", "Kurdish"), new("kv", "kom", "Komi"), new("kw", "cor", "Cornish"), new("ky", "kir", "Kirghiz"), new("la", "lat", "Latin"),
        new("lb", "ltz", "Luxembourgish"), new("lg", "lug", "Ganda"), new("li", "lim", "Limburgan"), new("ln", "lin", "Lingala"),
        new("lo", "lao", "Lao"), new("lt", "lit", "Lithuanian"), new("lu", "lub", "Luba-Katanga"), new("lv", "lav", "Latvian"),
        new("mg", "mlg", "Malagasy"), new("mh", "mah", "Marshallese"), new("mi", "mri", "Maori"), new("mk", "mkd", "Macedonian"),
        new("ml", "mal", "Malayalam"), new("mn", "mon", "Mongolian"), new("mr", "mar", "Marathi"), new("ms", "msa", "Malay (macrolanguage)"),
        new("mt", "mlt", "Maltese"), new("my", "mya", "Burmese"), new("na", "nau", "Nauru"), new("nb", "nob", "Norwegian Bokmål"),
        new("nd", "nde", "North Ndebele"), new("ne", "nep", "Nepali (macrolanguage)"), new("ng", "ndo", "Ndonga"), new("nl", "nld", "Dutch"),
        new("nn", "nno", "Norwegian Nynorsk"), new("no", "nor", "Norwegian"), new("nr", "nbl", "South Ndebele"), new("nv", "nav", "Navajo"),
        new("ny", "nya", "Nyanja"), new("oc", "oci", "Occitan (post 1500)"), new("oj", "oji", "Ojibwa"), new("om", "orm", "Oromo"),
        new("or", "ori", "Oriya (macrolanguage)"), new("os", "oss", "Ossetian"), new("pa", "pan", "Panjabi"), new("pi", "pli", "Pali"),
        new("pl", "pol", "Polish"), new("ps", "pus", "Pushto"), new("pt", "por", "Portuguese"), new("qu", "que", "Quechua"),
        new("rm", "roh", "Romansh"), new("rn", "run", "Rundi"), new("ro", "ron", "Romanian"), new("ru", "rus", "Russian"),
        new("rw", "kin", "Kinyarwanda"), new("sa", "san", "Sanskrit"), new("sc", "srd", "Sardinian"), new("sd", "snd", "Sindhi"),
        new("se", "sme", "Northern Sami"), new("sg", "sag", "Sango"), new("sh", "hbs", "Serbo-Croatian"), new("si", "sin", "Sinhala"),
        new("sk", "slk", "Slovak"), new("sl", "slv", "Slovenian"), new("sm", "smo", "Samoan"), new("sn", "sna", "Shona"), new("so", "som", "Somali"),
        new("sq", "sqi", "Albanian"), new("sr", "srp", "Serbian"), new("ss", "ssw", "Swati"), new("st", "sot", "Southern Sotho"),
        new("su", "sun", "Sundanese"), new("sv", "swe", "Swedish"), new("sw", "swa", "Swahili (macrolanguage)"), new("ta", "tam", "Tamil"),
        new("te", "tel", "Telugu"), new("tg", "tgk", "Tajik"), new("th", "tha", "Thai"), new("ti", "tir", "Tigrinya"), new("tk", "tuk", "Turkmen"),
        new("tl", "tgl", "Tagalog"), new("tn", "tsn", "Tswana"), new("to", "ton", "Tonga (Tonga Islands)"), new("tr", "tur", "Turkish"),
        new("ts", "tso", "Tsonga"), new("tt", "tat", "Tatar"), new("tw", "twi", "Twi"), new("ty", "tah", "Tahitian"), new("ug", "uig", "Uighur"),
        new("uk", "ukr", "Ukrainian"), new("ur", "urd", "Urdu"), new("uz", "uzb", "Uzbek"), new("ve", "ven", "Venda"),
        new("vi", "vie", "Vietnamese"), new("vo", "vol", "Volapük"), new("wa", "wln", "Walloon"), new("wo", "wol", "Wolof"),
        new("xh", "xho", "Xhosa"), new("yi", "yid", "Yiddish"), new("yo", "yor", "Yoruba"), new("za", "zha", "Zhuang"), new("zh", "zho", "Chinese"),
        new("zu", "zul", "Zulu")
    };

    /// <summary>
    /// The languages whose scripts run right to left (Arabic, Hebrew, Thaana, N'Ko and Syriac scripts): a page
    /// showing their text sets <c>dir="rtl"</c>.
    /// </summary>
    public static readonly IReadOnlyCollection<string> RightToLeft = new HashSet<string>(System.StringComparer.Ordinal)
    {
        "ar", "dv", "fa", "he", "ks", "ps", "sd", "ug", "ur", "yi",
    };

    /// <summary>
    /// The languages the coverage check reads (quotation marks and reporting verbs it knows); for any other it says
    /// the article's language is not covered rather than counting nothing as if all were covered.
    /// </summary>
    public static readonly IReadOnlyCollection<string> Judged = new HashSet<string>(System.StringComparer.Ordinal) { "en", "ru" };

    private static readonly Dictionary<string, LanguageCode> ByCode = All.ToDictionary(l => l.Code, System.StringComparer.Ordinal);

    /// <summary>The language of a two-letter code (lower case, as written), or null.</summary>
    public static LanguageCode? Find(string code) => ByCode.TryGetValue(code, out var language) ? language : null;

    public static bool IsRightToLeft(string? code) => code is not null && RightToLeft.Contains(code);

    public static bool IsJudged(string? code) => code is not null && Judged.Contains(code);

    /// <summary>What coverage says of an article in a language it does not read, worded once for the tool and the report.</summary>
    public static string NotJudged(string? code) => code is null
        ? "language unknown (not stated, and not told from its letters); nothing judged"
        : $"language '{code}' is not covered; nothing judged";
}
