using System;
using System.Collections.Generic;
using System.Linq;
using Dataset.Annotations.Text;

namespace Dataset.Annotations.Drafting;

/// <summary>
/// Finds who a source names: an actor the folder declares, by name or alias (the one ending last, so "US State
/// Department spokesman Ned Price" is Ned Price), or by surname once a person is known ("Doe said"); "he", "she" or
/// "they" is the last speaker; otherwise a new actor with the name as written, its title set apart and a kind guessed.
/// </summary>
internal sealed class ActorResolver
{
    private static readonly char[] Space = [' '];
    private static readonly char[] Whitespace = [' ', '\u00A0', '\n', '\t'];
    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase) { "the", "a", "an", "its", "their", "his", "her" };

    private static readonly HashSet<string> MessageNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "statement", "report", "document", "letter", "readout", "communique", "release", "post", "message", "memo", "filing", "ruling", "decision",
        "resolution",
    };

    private static readonly HashSet<string> Spokespeople = new(StringComparer.OrdinalIgnoreCase) { "spokesman", "spokeswoman", "spokesperson" };

    private static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase) { "he", "she", "they", "it", "we", "i", "who", "you" };

    /// <summary>Name particles that may stand lower-case inside a name: "Ursula von der Leyen", "Bashar al-Assad".</summary>
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "von", "van", "der", "de", "da", "del", "al", "bin", "ibn", "le", "la", "di",
    };

    private const int MaxNameWords = 6;

    private readonly List<Named> _names = new();
    private readonly List<DraftActor> _drafted = new();
    private readonly DraftIds _ids;

    public ActorResolver(IEnumerable<KnownActor> known, DraftIds ids)
    {
        _ids = ids;
        foreach (var actor in known)
        {
            Add(actor.Id, actor.Name, actor.Kind);
            foreach (var alias in actor.Aliases)
            {
                Add(actor.Id, alias, actor.Kind);
            }
        }
    }

    /// <summary>The new actors made so far, in the order they were first named.</summary>
    public IReadOnlyList<DraftActor> Drafted => _drafted;

    /// <summary>The id of the actor a source names, making a new one when none is known; null for a source that names no one.</summary>
    public string? Resolve(string source, string? lastSpeaker)
    {
        var words = Clean(Appositive(source));
        if (words.Count == 0)
        {
            return null;
        }

        // "he said", "the statement said", "a firm it said", "a spokesman told": whoever the clause or the article
        // named last; a spokesman speaks for them.
        if ((words.Count == 1 && (MessageNouns.Contains(words[0]) || Spokespeople.Contains(words[0]))) || Pronouns.Contains(words[words.Count - 1]))
        {
            return lastSpeaker;
        }

        // "Governor Maria Villanueva of Leyte": the person, not the place.
        var of = words.IndexOf("of");
        if (of >= 2
            && IsCapitalised(words[of - 1])
            && IsCapitalised(words[of - 2])
            && !ActorKinds.NamesAParty(words[of - 1])
            && !ActorKinds.NamesAParty(words[of - 2]))
        {
            words = words.Take(of).ToList();
        }

        var phrase = string.Join(" ", words);
        if (Known(phrase) is { } known)
        {
            return known;
        }

        var (title, name) = SplitTitle(words);
        if (name.Count == 0)
        {
            return null;
        }

        // A long run of words is a clause read as a source, not a name.
        if (name.Count > MaxNameWords)
        {
            return null;
        }

        var written = string.Join(" ", name);
        if (Known(written) is { } byName)
        {
            return byName;
        }

        var kind = ActorKinds.Guess(written, title.Count > 0);
        var id = _ids.Make(written, "actor");
        _drafted.Add(new DraftActor(id, written, kind, title.Count > 0 ? string.Join(" ", title) : null));
        Add(id, written, kind);
        return id;
    }

    /// <summary>Every known or drafted name that stands in the text between two word boundaries, with its actor's id.</summary>
    public IEnumerable<(int Start, int End, string Id)> NamedIn(string text, int start, int end)
    {
        foreach (var named in _names)
        {
            for (var at = IndexOfWord(text, named.Name, start, end); at >= 0; at = IndexOfWord(text, named.Name, at + 1, end))
            {
                yield return (at, at + named.Name.Length, named.Id);
            }
        }
    }

    private string? Known(string phrase)
    {
        foreach (var named in _names)
        {
            if (string.Equals(named.Name, phrase, StringComparison.OrdinalIgnoreCase))
            {
                return named.Id;
            }
        }

        // The name ending last in the phrase, the longest of those: the head of "US Defense Secretary Lloyd Austin".
        Named? best = null;
        var bestEnd = -1;
        foreach (var named in _names)
        {
            var at = LastIndexOfWord(phrase, named.Name);
            if (at < 0)
            {
                continue;
            }

            var end = at + named.Name.Length;
            if (end > bestEnd || (end == bestEnd && named.Name.Length > best!.Name.Length))
            {
                best = named;
                bestEnd = end;
            }
        }

        if (best is not null && bestEnd == phrase.Length)
        {
            return best.Id;
        }

        // "Doe" after "Jane Doe": a person's surname alone.
        var words = phrase.Split(' ');
        if (words.Length == 1 && char.IsUpper(words[0][0]))
        {
            foreach (var named in _names.Where(n => n.Kind == "person"))
            {
                var parts = named.Name.Split(' ');
                if (parts.Length >= 2 && string.Equals(parts[parts.Length - 1], words[0], StringComparison.Ordinal))
                {
                    return named.Id;
                }
            }
        }

        // "Russia's foreign ministry" is the ministry, not Russia: a name counts before words that name another party.
        if (best is not null)
        {
            var rest = phrase.Substring(bestEnd).Split(Space, StringSplitOptions.RemoveEmptyEntries);
            if (rest.All(w => !IsCapitalised(w) && !ActorKinds.NamesAParty(w)))
            {
                return best.Id;
            }
        }

        return null;
    }

    /// <summary>
    /// The name in a source with an appositive: "President Ramon Villanueva, who visited …" is the president; "The
    /// board’s chief executive, Abena Owusu" is Abena Owusu (the part that is a proper name).
    /// </summary>
    private static string Appositive(string source)
    {
        foreach (var relative in new[] { ", who ", ", which ", ", whose ", " who ", " whose " })
        {
            var at = source.IndexOf(relative, StringComparison.Ordinal);
            if (at > 0)
            {
                source = source.Substring(0, at);
            }
        }

        var parts = source.Split(',').Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        if (parts.Count < 2)
        {
            return source;
        }

        var name = parts.FirstOrDefault(p =>
        {
            var words = p.Split(' ');
            return words.Length is >= 1 and <= 4 && words.All(w => IsCapitalised(w) || Particles.Contains(w)) && !words.Any(ActorKinds.NamesAParty);
        });
        return name ?? parts[0];
    }

    /// <summary>"Defence Minister Jane Doe" → title "Defence Minister", name "Jane Doe"; "the bloc" → no title, "bloc".</summary>
    private static (List<string> Title, List<string> Name) SplitTitle(List<string> words)
    {
        // The capitalised words at the end (with name particles inside) are the name when a title stands before them.
        var start = words.Count;
        while (start > 0 && (IsCapitalised(words[start - 1]) || (start < words.Count && Particles.Contains(words[start - 1]))))
        {
            start--;
        }

        while (start < words.Count && Particles.Contains(words[start]))
        {
            start++;
        }

        if (start > 0 && start < words.Count)
        {
            var before = words.Take(start).ToList();
            var nameWords = words.Skip(start).ToList();
            var titled = before.Any(w => ActorKinds.TitleWords.Contains(w.ToLowerInvariant().TrimEnd('.')));

            // "chipmaker Veltron", "the company Dragagem Atlântica", "local radio station DYVL": the words before a
            // name describe it.
            var described = before.All(w => !IsCapitalised(w));
            if (titled || described || before.Last().EndsWith("'s", StringComparison.Ordinal) || before.Last().EndsWith("\u2019s", StringComparison.Ordinal))
            {
                return (before, nameWords);
            }
        }

        // "Foreign Minister Jane Doe" is all capitalised: the title words come first.
        var titleEnd = 0;
        while (titleEnd < words.Count - 1
            && (ActorKinds.TitleWords.Contains(words[titleEnd].ToLowerInvariant().TrimEnd('.')) || IsTitleQualifier(words, titleEnd)))
        {
            titleEnd++;
        }

        if (titleEnd > 0 && words.Skip(titleEnd).All(w => IsCapitalised(w) || Particles.Contains(w)) && words.Skip(titleEnd).Any(IsCapitalised)
            && ActorKinds.TitleWords.Contains(words[titleEnd - 1].ToLowerInvariant().TrimEnd('.')))
        {
            return (words.Take(titleEnd).ToList(), words.Skip(titleEnd).ToList());
        }

        return (new List<string>(), words);
    }

    /// <summary>A word before a title word that belongs to the title: "Foreign" in "Foreign Minister".</summary>
    private static bool IsTitleQualifier(List<string> words, int i)
    {
        for (var j = i + 1; j < words.Count - 1; j++)
        {
            if (ActorKinds.TitleWords.Contains(words[j].ToLowerInvariant().TrimEnd('.')))
            {
                return true;
            }

            if (!IsCapitalised(words[j]))
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsCapitalised(string word) => word.Length > 0 && char.IsUpper(word[0]);

    /// <summary>The source's words without leading determiners, trailing punctuation or a closing possessive.</summary>
    private static List<string> Clean(string source)
    {
        var words = source.Split(Whitespace, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim(',', ';', ':', '.', '"', '\u201C', '\u201D', '(', ')', '\u2014', '\u2013'))
            .Where(w => w.Length > 0)
            .ToList();
        while (words.Count > 1 && Determiners.Contains(words[0]))
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

    private void Add(string id, string name, string kind)
    {
        var trimmed = name.Trim();
        if (trimmed.Length > 0)
        {
            _names.Add(new Named(id, trimmed, kind));
        }

        // "the bloc" is named "bloc" once a source's determiner is read off.
        var words = trimmed.Split(' ');
        if (words.Length > 1 && Determiners.Contains(words[0]))
        {
            _names.Add(new Named(id, string.Join(" ", words.Skip(1)), kind));
        }
    }

    /// <summary>
    /// Where <paramref name="word"/> stands as a whole word in <c>text[from, end)</c>, or -1. Case matters but for the
    /// first letter: "The bloc" opens a sentence, while "US" is never "us".
    /// </summary>
    private static int IndexOfWord(string text, string word, int from, int end)
    {
        end = Math.Min(end, text.Length);
        if (word.Length == 0 || from < 0)
        {
            return -1;
        }

        var rest = word.Substring(1);
        for (var search = from + 1; search + rest.Length <= end;)
        {
            var hit = text.IndexOf(rest, search, end - search, StringComparison.Ordinal);
            if (hit < 0)
            {
                return -1;
            }

            var at = hit - 1;
            if (char.ToLowerInvariant(text[at]) == char.ToLowerInvariant(word[0]) && IsBoundary(text, at - 1) && IsBoundary(text, at + word.Length))
            {
                return at;
            }

            search = hit + 1;
        }

        return -1;
    }

    private static int LastIndexOfWord(string phrase, string word)
    {
        var at = phrase.LastIndexOf(word, StringComparison.OrdinalIgnoreCase);
        while (at >= 0)
        {
            if (IsBoundary(phrase, at - 1) && IsBoundary(phrase, at + word.Length))
            {
                return at;
            }

            at = at == 0 ? -1 : phrase.LastIndexOf(word, at - 1, StringComparison.OrdinalIgnoreCase);
        }

        return -1;
    }

    private static bool IsBoundary(string text, int i) => i < 0 || i >= text.Length || !Words.IsWordChar(text[i]);

    private sealed record Named(string Id, string Name, string Kind);
}
