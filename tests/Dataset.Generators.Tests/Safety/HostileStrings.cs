using CsCheck;

namespace Dataset.Generators.Tests.Safety;

/// <summary>
/// Strings built to break generated code: any UTF-16 code unit (so lone surrogates and NUL too), weighted towards the
/// characters and sequences that end or bend a C# literal, a comment or XML: quotes, backslashes, triple quotes,
/// <c>*/</c>, <c>#</c>, every C# newline, bidi controls, byte-order and non-characters, XML markup.
/// </summary>
internal static class HostileStrings
{
    private const string Dangerous = "\"\\\n\r\t\0#*/{}$@'`&<>;\u0085\u2028\u2029\u200B\u200E\u200F\u202A\u202B\u202C\u202D\u202E"
        + "\u2066\u2067\u2068\u2069\u061C\uFEFF\uFFFE\uFFFF\uD800\uDBFF\uDC00\uDFFF\u00A0\u001B\u007F";

    private static readonly string[] Sequences =
    [
        "\"\"\"", "\"\"\"\"\"\"", "*/", "/*", "//", "///", "#if X", "#endregion", "\r\n", "\\u0022", "\\\"", "@\"", "$\"{", "{{", "}}",
        "]]>", "<!--", "-->", "&amp;", "&#0;", "</summary>", "<c>", "\uD83D\uDE00", "\uD83D", "\uDE00\uD83D", "\u202Ereversed\u202C",
    ];

    /// <summary>Any single UTF-16 code unit.</summary>
    public static readonly Gen<char> AnyChar = Gen.Char[char.MinValue, char.MaxValue];

    public static readonly Gen<string> Piece = Gen.Frequency(
        (4, AnyChar.Select(c => c.ToString())),
        (4, Gen.Char[Dangerous].Select(c => c.ToString())),
        (2, Gen.OneOf(Sequences)),
        (2, Gen.String[Gen.Char.AlphaNumeric, 0, 8]));

    public static readonly Gen<string> Any = Piece.Array[0, 24].Select(string.Concat);
}
