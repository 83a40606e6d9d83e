
namespace Dataset.Generators.Emitting;

/// <summary>How text data (the catalog's id index) is written into generated code.</summary>
internal static class RecordDataLiteral
{
    /// <summary>
    /// The data as a C# expression: a UTF-8 literal when asked for (outside the 16 MB user-string heap) and the text
    /// can be one, else a string literal (also for text a UTF-8 literal cannot hold: lone surrogates).
    /// </summary>
    public static string Of(string data, bool utf8) =>
        utf8 && !HasLoneSurrogate(data) ? CSharpLiteral.String(data) + "u8" : CSharpLiteral.String(data);

    private static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }
}
