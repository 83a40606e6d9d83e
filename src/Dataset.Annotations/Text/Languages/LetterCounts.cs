using System.Collections.Generic;
using System.Linq;

namespace Dataset.Annotations.Text.Languages;

/// <summary>How many of a text's letters each script has, and how often single letters occur, for a language guess.</summary>
internal sealed class LetterCounts
{
    private readonly int[] _byScript = new int[(int)Script.Han + 1];
    private readonly Dictionary<char, int> _byLetter = new();

    /// <summary>The script most letters are in, or <see cref="Script.None"/> for a text without letters.</summary>
    public Script Dominant
    {
        get
        {
            var best = Script.None;
            for (var script = Script.Latin; script <= Script.Han; script++)
            {
                best = _byScript[(int)script] > _byScript[(int)best] ? script : best;
            }

            // Han characters and kana together are Japanese: kana alone may be outnumbered by the kanji between them.
            return best == Script.Han || best == Script.Kana ? (Count(Script.Kana) > 0 ? Script.Kana : Script.Han) : best;
        }
    }

    public int Count(Script script) => _byScript[(int)script];

    /// <summary>The share of the dominant script's letters that are one of <paramref name="letters"/> (either case).</summary>
    public double Share(params char[] letters)
    {
        var total = Count(Dominant);
        return total == 0 ? 0 : letters.Sum(l => _byLetter.TryGetValue(l, out var n) ? n : 0) / (double)total;
    }

    public void Add(char c)
    {
        var script = Of(c);
        if (script == Script.None)
        {
            return;
        }

        _byScript[(int)script]++;
        if (script is Script.Cyrillic or Script.Arabic)
        {
            var lower = char.ToLowerInvariant(c);
            _byLetter[lower] = _byLetter.TryGetValue(lower, out var n) ? n + 1 : 1;
        }
    }

    private static Script Of(char c) => c switch
    {
        >= 'A' and <= 'Z' or >= 'a' and <= 'z' or >= '\u00C0' and <= '\u024F' => char.IsLetter(c) ? Script.Latin : Script.None,
        >= '\u0370' and <= '\u03FF' => Script.Greek,
        >= '\u0400' and <= '\u052F' => Script.Cyrillic,
        >= '\u0531' and <= '\u058F' => Script.Armenian,
        >= '\u0590' and <= '\u05FF' => Script.Hebrew,
        >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF' =>
            char.IsLetter(c) ? Script.Arabic : Script.None,
        >= '\u0900' and <= '\u097F' => Script.Devanagari,
        >= '\u0980' and <= '\u09FF' => Script.Bengali,
        >= '\u0E00' and <= '\u0E7F' => Script.Thai,
        >= '\u10A0' and <= '\u10FF' => Script.Georgian,
        >= '\u1100' and <= '\u11FF' or >= '\uAC00' and <= '\uD7AF' => Script.Hangul,
        >= '\u3040' and <= '\u30FF' => Script.Kana,
        >= '\u4E00' and <= '\u9FFF' => Script.Han,
        _ => Script.None,
    };
}
