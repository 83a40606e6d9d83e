using System.Collections.Generic;
using System.Text;

namespace Dataset.Annotations.Validation;

/// <summary>
/// Folds typographic variants (curly quotes, dashes, ellipses, runs of white space, case) so that evidence typed
/// by hand can be matched to the article, keeping for every folded character the offset it came from.
/// </summary>
internal sealed class TextNormalizer
{
    private TextNormalizer(string text, int[] origins)
    {
        Text = text;
        Origins = origins;
    }

    public string Text { get; }

    /// <summary>For each character of <see cref="Text"/>, its offset in the original.</summary>
    public int[] Origins { get; }

    public static TextNormalizer Normalize(string original)
    {
        var builder = new StringBuilder(original.Length);
        var origins = new List<int>(original.Length);
        var lastWasSpace = false;
        for (var i = 0; i < original.Length; i++)
        {
            var c = original[i];
            if (char.IsWhiteSpace(c))
            {
                if (!lastWasSpace)
                {
                    builder.Append(' ');
                    origins.Add(i);
                }

                lastWasSpace = true;
                continue;
            }

            lastWasSpace = false;
            var folded = Fold(c);
            foreach (var f in folded)
            {
                builder.Append(f);
                origins.Add(i);
            }
        }

        return new TextNormalizer(builder.ToString(), origins.ToArray());
    }

    private static string Fold(char c) => c switch
    {
        '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB' => "\"",
        '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' => "'",
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => "-",
        '\u2026' => "...",
        _ => char.ToLowerInvariant(c).ToString(),
    };
}
