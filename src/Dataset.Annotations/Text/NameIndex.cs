using System.Collections.Generic;

namespace Dataset.Annotations.Text;

/// <summary>
/// Declared names and aliases, indexed by the stem of their first word, found in a text word by word: case is
/// ignored but for a word the name writes in capitals ("US" is never "us"), a typographic apostrophe is a typed one
/// ("Lapid’s office"), and a Russian word matches in any case (<see cref="RussianCases"/>). A name that opens with
/// "the" is also found without it, as a source read without its determiner is. Both the coverage check and the
/// drafts find names here, so a source names the same declared actor in either.
/// </summary>
internal sealed class NameIndex
{
    private static readonly WordSet LeadingDeterminers = new("the", "a", "an");

    /// <summary>Prepositions of place: what follows them is where a speaker is, not the speaker.</summary>
    private static readonly WordSet Places = new("in", "at");

    private readonly Dictionary<WordKey, List<Entry>> _byFirstWord = new();

    /// <summary>Adds a name (or alias) of <paramref name="id"/>.</summary>
    public void Add(string name, string id)
    {
        name = name.Trim();
        Add(name, name, id);

        // "the bloc" is also "bloc", once a source's determiner is read off.
        var first = Words.WordEnd(name, 0);
        if (first > 0 && first < name.Length && LeadingDeterminers.Contains(name, new Token(0, first, TokenKind.Word, false)))
        {
            Add(name.Substring(first).TrimStart(), name, id);
        }
    }

    /// <summary>The longest name that starts at the word starting at <paramref name="start"/> and ends by <paramref name="limit"/>.</summary>
    public NameMatch? At(string text, int start, int limit)
    {
        if (Candidates(text, start, limit) is not { } candidates)
        {
            return null;
        }

        foreach (var entry in candidates)
        {
            if (MatchEnd(text, start, limit, entry.Pattern) is var end and >= 0)
            {
                return new NameMatch(entry.Name, entry.Id, start, end, Inflected(text, start, end, entry.Pattern));
            }
        }

        return null;
    }

    /// <summary>Every name that stands in <c>text[start..end)</c>, by where it starts, the longest first at each start.</summary>
    public IEnumerable<NameMatch> In(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!IsWordStart(text, i) || Candidates(text, i, end) is not { } candidates)
            {
                continue;
            }

            foreach (var entry in candidates)
            {
                if (MatchEnd(text, i, end, entry.Pattern) is var matchEnd and >= 0)
                {
                    yield return new NameMatch(entry.Name, entry.Id, i, matchEnd, Inflected(text, i, matchEnd, entry.Pattern));
                }
            }
        }
    }

    /// <summary>
    /// The name a source phrase <c>text[start..end)</c> is: the one ending last in it (the head of "US State Department
    /// spokesman Ned Price"; not a place where another stands: "the embassy in Riga" is not Latvia), the longest of
    /// those ending there, when it ends the phrase or only words that name no party of their own follow it ("Russia's
    /// foreign ministry" is not Russia), and when, in another case than declared, no such word comes before it
    /// ("Министерство сельского хозяйства Казахстана" is not Kazakhstan, "По словам Сатпаева" is Сатпаев); null otherwise.
    /// </summary>
    public NameMatch? Heading(string text, int start, int end)
    {
        NameMatch? best = null;
        for (var i = start; i < end; i++)
        {
            if (IsWordStart(text, i) && At(text, i, end) is { } found && !PlaceOfAnother(text, start, found.Start)
                && (best is not { } b || found.End > b.End || (found.End == b.End && found.End - found.Start > b.End - b.Start)))
            {
                best = found;
            }
        }

        return best is { } head && PartyWords.NoPartyIn(text, head.End, end) && !(head.Inflected && PartyWords.AnyIn(text, start, head.Start))
            ? head
            : null;
    }

    /// <summary>
    /// Whether a name at <paramref name="nameStart"/> is where another stands: "The Russian embassy in Riga", "officials
    /// at Kyiv" — a place after "in" or "at" with words before it in the phrase, which name who speaks; or whose office
    /// speaks: "регионального управления СК России" is the regional office, not the committee.
    /// </summary>
    private static bool PlaceOfAnother(string text, int start, int nameStart)
    {
        var end = nameStart;
        while (end > start && !Words.IsWordChar(text[end - 1]))
        {
            end--;
        }

        var wordStart = end;
        while (wordStart > start && Words.IsWordChar(text[wordStart - 1]))
        {
            wordStart--;
        }

        var word = text.Substring(wordStart, end - wordStart);
        return (wordStart > start && Places.Contains(word, new Token(0, word.Length, TokenKind.Word, false))) || PartyWords.IsOffice(word);
    }

    /// <summary>Whether <paramref name="written"/> is <paramref name="name"/> as a name is matched: "Сатпаева" is "Сатпаев".</summary>
    public static bool Same(string name, string written) => MatchEnd(written, 0, written.Length, name) == written.Length;

    /// <summary>Whether <c>text[start..end)</c> differs from the pattern it matched but for case and apostrophes.</summary>
    private static bool Inflected(string text, int start, int end, string pattern)
    {
        if (end - start != pattern.Length)
        {
            return true;
        }

        for (var i = 0; i < pattern.Length; i++)
        {
            if (char.ToLowerInvariant(Words.Fold(text[start + i])) != char.ToLowerInvariant(Words.Fold(pattern[i])))
            {
                return true;
            }
        }

        return false;
    }

    private List<Entry>? Candidates(string text, int start, int limit)
    {
        var wordEnd = Words.WordEnd(text, start, limit);
        return wordEnd > start && _byFirstWord.TryGetValue(Key(text, start, wordEnd), out var candidates) ? candidates : null;
    }

    private void Add(string pattern, string name, string id)
    {
        var first = Words.WordEnd(pattern, 0);
        if (first == 0)
        {
            return;
        }

        var key = Key(pattern, 0, first);
        if (!_byFirstWord.TryGetValue(key, out var list))
        {
            _byFirstWord[key] = list = new List<Entry>();
        }

        var entry = new Entry(pattern, name, id);
        if (!list.Contains(entry))
        {
            list.Add(entry);

            // Longest first, so that "Secretary Austin" is found rather than a shorter name it starts with.
            list.Sort((a, b) => b.Pattern.Length != a.Pattern.Length
                ? b.Pattern.Length.CompareTo(a.Pattern.Length)
                : System.StringComparer.Ordinal.Compare(a.Pattern + a.Id, b.Pattern + b.Id));
        }
    }

    private static WordKey Key(string text, int start, int end) => new(text, start, RussianCases.StemLength(text, start, end));

    private static bool IsWordStart(string text, int i) => Words.IsWordChar(text[i]) && (i == 0 || !Words.IsWordChar(text[i - 1]));

    /// <summary>
    /// Where <paramref name="pattern"/> ends when it stands at <paramref name="start"/> as whole words before
    /// <paramref name="limit"/>, or -1.
    /// </summary>
    private static int MatchEnd(string text, int start, int limit, string pattern)
    {
        var i = start;
        var j = 0;
        while (j < pattern.Length)
        {
            if (Words.IsWordChar(pattern[j]))
            {
                var patternEnd = Words.WordEnd(pattern, j);
                var textEnd = Words.WordEnd(text, i, limit);
                if (textEnd == i || (textEnd < text.Length && Words.IsWordChar(text[textEnd])) || !SameWord(pattern, j, patternEnd, text, i, textEnd))
                {
                    return -1;
                }

                (i, j) = (textEnd, patternEnd);
            }
            else if (char.IsWhiteSpace(pattern[j]))
            {
                if (i >= limit || !char.IsWhiteSpace(text[i]))
                {
                    return -1;
                }

                while (j < pattern.Length && char.IsWhiteSpace(pattern[j]))
                {
                    j++;
                }

                while (i < limit && char.IsWhiteSpace(text[i]))
                {
                    i++;
                }
            }
            else if (i < limit && Words.Fold(text[i]) == Words.Fold(pattern[j]))
            {
                (i, j) = (i + 1, j + 1);
            }
            else
            {
                return -1;
            }
        }

        return i == text.Length || !Words.IsWordChar(text[i]) || !Words.IsWordChar(pattern[pattern.Length - 1]) ? i : -1;
    }

    private static bool SameWord(string pattern, int start, int end, string text, int textStart, int textEnd)
    {
        if (IsCapitals(pattern, start, end))
        {
            return end - start == textEnd - textStart && string.CompareOrdinal(pattern, start, text, textStart, end - start) == 0;
        }

        return RussianCases.SameStem(pattern, start, end, text, textStart, textEnd);
    }

    /// <summary>"US", "EU", "МИД": a word of two letters or more, all capitals.</summary>
    private static bool IsCapitals(string text, int start, int end)
    {
        if (end - start < 2)
        {
            return false;
        }

        for (var i = start; i < end; i++)
        {
            if (!char.IsUpper(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private sealed record Entry(string Pattern, string Name, string Id);
}
