using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace Dataset.Annotations.Drafting;

/// <summary>
/// Makes the ids of drafted entries: kebab-case (<c>^[a-z][a-z0-9]*(-[a-z0-9]+)*$</c>) from words, never one the
/// folder or the draft already uses (a number is added: <c>-2</c>, <c>-3</c>).
/// </summary>
internal sealed class DraftIds
{
    private const int MaxWords = 7;
    private readonly HashSet<string> _taken;

    public DraftIds(IEnumerable<string> taken) => _taken = new HashSet<string>(taken, StringComparer.Ordinal);

    /// <summary>A new id from the words of <paramref name="text"/>, or from <paramref name="fallback"/> when it has none.</summary>
    public string Make(string text, string fallback)
    {
        var id = Kebab(text);
        if (id.Length == 0)
        {
            id = fallback;
        }
        else if (!char.IsLetter(id[0]))
        {
            id = fallback + "-" + id;
        }

        var candidate = id;
        // An id whose C# name a generated class already has ("sanctions" → Sanctions) takes a number too.
        for (var n = 2; _taken.Contains(candidate) || Naming.IdNames.IsReserved(Naming.IdNames.ToPascalCase(candidate)); n++)
        {
            candidate = id + "-" + n.ToString(CultureInfo.InvariantCulture);
        }

        _taken.Add(candidate);
        return candidate;
    }

    /// <summary>The words of a text in kebab case: lower-case ASCII letters and digits, accents dropped, at most seven words.</summary>
    public static string Kebab(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '\'' or '\u2019')
            {
                continue;
            }

            var lower = char.ToLowerInvariant(c);
            if (lower is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                word.Append(lower);
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }

        return string.Join("-", words.Take(MaxWords));
    }
}
