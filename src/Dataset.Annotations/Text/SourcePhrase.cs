using System;
using System.Collections.Generic;
using System.Linq;

namespace Dataset.Annotations.Text;

/// <summary>
/// The words of a cue's source that name who spoke: the name of an appositive ("The board’s chief executive, Abena
/// Owusu" is Abena Owusu; "President Ramon Villanueva, who visited …" the president), without leading determiners,
/// punctuation or a closing possessive, without the place after a person ("Governor Maria Villanueva of Leyte") or a
/// relative clause ("The Baltic states that border Russia").
/// The coverage check's advice and the drafts read a source through it, so they name the same declared actor.
/// </summary>
internal static class SourcePhrase
{
    private static readonly char[] Whitespace = [' ', '\u00A0', '\n', '\t'];
    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase) { "the", "a", "an", "its", "their", "his", "her" };

    /// <summary>
    /// "её адвокат Алексей Гринберг", "Сама Воронцова": a Russian possessive or emphatic pronoun before the words that
    /// name the speaker; alone ("по его словам") it is the speaker named before, and stays.
    /// </summary>
    private static readonly HashSet<string> RussianLeading = new(StringComparer.OrdinalIgnoreCase) { "его", "её", "ее", "их", "сам", "сама", "сами", "само" };

    /// <summary>Name particles that may stand lower-case inside a name: "Ursula von der Leyen", "Bashar al-Assad".</summary>
    public static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "von", "van", "der", "de", "da", "del", "al", "bin", "ibn", "le", "la", "di",
    };

    /// <summary>The source's words that name the speaker; empty when only determiners are left.</summary>
    public static List<string> Of(string source)
    {
        var words = Clean(Appositive(source));

        // "министерстве курортов, туризма и олимпийского наследия": the commas that list a body's fields stay in its name.
        if (CommaParts(source) is { Count: >= 2 } parts && ListsBodysFields(parts))
        {
            KeepListCommas(source, words);
        }

        // "Governor Maria Villanueva of Leyte": the person, not the place.
        var of = words.IndexOf("of");
        if (of >= 2
            && IsCapitalised(words[of - 1])
            && IsCapitalised(words[of - 2])
            && !PartyWords.NamesAParty(words[of - 1])
            && !PartyWords.NamesAParty(words[of - 2]))
        {
            words = words.Take(of).ToList();
        }

        return words;
    }

    /// <summary>
    /// The parties a source joins with "and" ("China and Russia" is China, then Russia), each a name: capitalised words,
    /// as many as stand on each side; the whole source, alone, when it joins no names ("the defence and foreign ministries").
    /// </summary>
    public static List<List<string>> Conjuncts(List<string> words)
    {
        var parts = new List<List<string>> { new() };
        foreach (var word in words)
        {
            if (string.Equals(word, "and", StringComparison.Ordinal) || string.Equals(word, "и", StringComparison.Ordinal))
            {
                parts.Add(new List<string>());
            }
            else
            {
                parts[parts.Count - 1].Add(word);
            }
        }

        return parts.Count > 1 && parts.All(p => p.Count > 0 && p.All(IsCapitalised)) ? parts : new List<List<string>> { words };
    }

    /// <summary>"Both parties", "both sides": the noun of two parties named before (singular: "party"), or null.</summary>
    public static string? BothOf(List<string> words)
    {
        if (words.Count != 2 || !string.Equals(words[0], "both", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var noun = words[1].ToLowerInvariant();
        return noun.EndsWith("ies", StringComparison.Ordinal) ? noun.Substring(0, noun.Length - 3) + "y"
            : noun.EndsWith("s", StringComparison.Ordinal) ? noun.Substring(0, noun.Length - 1)
            : null;
    }

    /// <summary>The declared name the source's words are (<see cref="NameIndex.Heading"/>), or null.</summary>
    public static NameMatch? Declared(IReadOnlyList<string> words, NameIndex names)
    {
        var phrase = string.Join(" ", words);
        return phrase.Length == 0 ? null : names.Heading(phrase, 0, phrase.Length);
    }

    /// <summary>
    /// The name that opens <c>text[start..end)</c>, after a determiner: "The Ghana Cocoa Board now expects …" is "Ghana
    /// Cocoa Board", "Members of the UN Security Council clashed" that name, the party a bare "a spokesman" or "several"
    /// of that clause speaks for; null when the clause opens otherwise.
    /// </summary>
    public static string? OpeningName(string text, int start, int end)
    {
        var i = start;
        while (i < end && !Words.IsWordChar(text[i]))
        {
            i++;
        }

        // "UNITED NATIONS: Members of …": past the dateline.
        var colon = text.IndexOf(": ", i, end - i, StringComparison.Ordinal);
        if (colon > i && text.Substring(i, colon - i).All(c => !char.IsLower(c)))
        {
            i = colon + 2;
        }

        var wordEnd = Words.WordEnd(text, i, end);
        if (wordEnd > i && Determiners.Contains(text.Substring(i, wordEnd - i)) && wordEnd < end && text[wordEnd] == ' ')
        {
            i = wordEnd + 1;
        }

        var nameEnd = i;
        for (var j = i; j < end && char.IsUpper(text[j]); )
        {
            var next = Words.WordEnd(text, j, end);
            if (next == j || (next < end && text[next] != ' '))
            {
                break;
            }

            nameEnd = next;
            j = next + 1;

            // "Members of the UN Security Council": "of" and "of the" join two runs of capitals.
            foreach (var joint in new[] { "of the ", "of " })
            {
                if (string.CompareOrdinal(text, j, joint, 0, joint.Length) == 0 && j + joint.Length < end && char.IsUpper(text[j + joint.Length]))
                {
                    j += joint.Length;
                    break;
                }
            }
        }

        return nameEnd > i ? text.Substring(i, nameEnd - i) : null;
    }

    public static bool IsCapitalised(string word) => word.Length > 0 && char.IsUpper(word[0]);

    private static string Appositive(string source)
    {
        foreach (var relative in new[] { ", who ", ", which ", ", whose ", " who ", " whose ", " that " })
        {
            var at = source.IndexOf(relative, StringComparison.Ordinal);
            if (at > 0)
            {
                source = source.Substring(0, at);
            }
        }

        var parts = CommaParts(source);
        if (parts.Count < 2 || ListsBodysFields(parts))
        {
            return source;
        }

        var name = parts.FirstOrDefault(p =>
        {
            var words = p.Split(' ');
            return words.Length is >= 1 and <= 4 && words.All(w => IsCapitalised(w) || Particles.Contains(w)) && !words.Any(PartyWords.NamesAParty);
        });
        return name ?? TitledNameAfter(parts) ?? parts[0];
    }

    /// <summary>The source's parts between commas, trimmed, the empty left out.</summary>
    private static List<string> CommaParts(string source) => source.Split(',').Select(p => p.Trim()).Where(p => p.Length > 0).ToList();

    /// <summary>Puts back on <paramref name="words"/> (the source's, cleaned) the commas that follow them in the source.</summary>
    private static void KeepListCommas(string source, List<string> words)
    {
        var k = 0;
        foreach (var raw in source.Split(Whitespace, StringSplitOptions.RemoveEmptyEntries))
        {
            var bare = raw.TrimEnd(',');
            while (k < words.Count && !string.Equals(words[k], bare, StringComparison.Ordinal))
            {
                k++;
            }

            if (k < words.Count - 1 && raw.EndsWith(",", StringComparison.Ordinal))
            {
                words[k] += ",";
            }
        }
    }

    /// <summary>
    /// "министерстве курортов, туризма и олимпийского наследия Краснодарского края": a Russian body's noun and its first
    /// field, then its other fields in lower case set off by commas, the last joined by "и", is one name, not an apposition.
    /// </summary>
    private static bool ListsBodysFields(List<string> parts)
    {
        var head = parts[0].Split(' ');
        return head.Length is >= 2 and <= 3 && RussianCases.IsCyrillic(head[0][0]) && RussianCases.BodyHead(head[0].ToLowerInvariant()) is not null
            && parts.Skip(1).All(p => RussianCases.IsCyrillic(p[0]) && char.IsLower(p[0]))
            && parts.Skip(1).Take(parts.Count - 2).All(p => p.Split(' ').Length <= 3 && !p.Contains(" и ", StringComparison.Ordinal))
            && parts[parts.Count - 1].Contains(" и ", StringComparison.Ordinal);
    }

    /// <summary>
    /// "один из организаторов акции, владелец трёх пунктов Денис Шутов": a Russian source in lower case that a comma sets
    /// off from what the person is and the person's name (two capitalised words ending it) is that last part; null otherwise.
    /// </summary>
    private static string? TitledNameAfter(List<string> parts)
    {
        var last = parts[parts.Count - 1].Split(' ');
        return parts[0].Length > 0 && RussianCases.IsCyrillic(parts[0][0]) && char.IsLower(parts[0][0])
            && last.Length >= 3 && char.IsLower(last[0][0])
            && last.Skip(last.Length - 2).All(w => IsCapitalised(w) && RussianCases.IsCyrillic(w[0]))
            && !IsCapitalised(last[last.Length - 3])
            ? parts[parts.Count - 1]
            : null;
    }

    private static List<string> Clean(string source)
    {
        var words = source.Split(Whitespace, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim(',', ';', ':', '.', '"', '\u201C', '\u201D', '\u00AB', '\u00BB', '\u201E', '(', ')', '\u2014', '\u2013'))
            .Where(w => w.Length > 0)
            .ToList();
        while (words.Count > 1 && (Determiners.Contains(words[0]) || RussianLeading.Contains(words[0])))
        {
            words.RemoveAt(0);
        }

        if (words.Count == 1 && Determiners.Contains(words[0]))
        {
            words.Clear();
        }

        // "the government’s claims": the possessive's owner is the source.
        if (words.Count > 0
            && (words[words.Count - 1].EndsWith("'s", StringComparison.Ordinal) || words[words.Count - 1].EndsWith("\u2019s", StringComparison.Ordinal)))
        {
            words[words.Count - 1] = words[words.Count - 1].Substring(0, words[words.Count - 1].Length - 2);
        }

        return words;
    }
}
