using System;
using System.Collections.Generic;
using System.Globalization;
using Dataset.Annotations.Text;

namespace Dataset.Annotations.Drafting;

/// <summary>
/// Makes the ids of drafted entries: kebab-case (<c>^[a-z][a-z0-9]*(-[a-z0-9]+)*$</c>) from words, never one the
/// folder or the draft already uses (a number is added: <c>-2</c>, <c>-3</c>).
/// </summary>
internal sealed class DraftIds
{
    private readonly HashSet<string> _taken;

    public DraftIds(IEnumerable<string> taken) => _taken = new HashSet<string>(taken, StringComparer.Ordinal);

    /// <summary>A new id from the words of <paramref name="text"/>, or from <paramref name="fallback"/> when it has none.</summary>
    public string Make(string text, string fallback)
    {
        var id = Words.Kebab(text);
        if (id.Length == 0)
        {
            id = fallback;
        }
        else if (id[0] is not (>= 'a' and <= 'z'))
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
}
