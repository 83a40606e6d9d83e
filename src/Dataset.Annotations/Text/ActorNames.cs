using System.Collections.Generic;
using System.Linq;
using System;
using Dataset.Annotations.Collections;
using Dataset.Annotations.Model;

namespace Dataset.Annotations.Text;

/// <summary>
/// Every declared actor's name and aliases, indexed by first word so that a sentence is searched in one pass over its
/// words. Equal by its names: it changes only when a name or alias does, never when a quote or summary is edited.
/// </summary>
internal sealed class ActorNames : IEquatable<ActorNames>
{
    private readonly EquatableArray<string> _names;
    private Dictionary<WordKey, List<string>>? _byFirstWord;

    public ActorNames(IEnumerable<string> names) =>
        _names = names.Where(n => n.Trim().Length > 0).Distinct(StringComparer.Ordinal).OrderBy(n => n, StringComparer.Ordinal).ToEquatableArray();

    /// <summary>Every name and alias, in ordinal order: what the index is equal by.</summary>
    public EquatableArray<string> Names => _names;

    /// <summary>The names and aliases one file declares.</summary>
    public static EquatableArray<string> DeclaredIn(AnnotationFile file) =>
        file.Actors.SelectMany(a => new[] { a.Name }.Concat(a.Aliases)).ToEquatableArray();

    /// <summary>The name that starts at <paramref name="start"/> (a word's start) and ends at a word boundary, if any.</summary>
    public string? At(string text, int start)
    {
        var wordEnd = start;
        while (wordEnd < text.Length && Words.IsWordChar(text[wordEnd]))
        {
            wordEnd++;
        }

        // Built on first use: a pipeline run that finds the names unchanged only compares them. Two threads racing here
        // would each build the same index; either is kept. The key is a slice of the article: a look-up allocates nothing.
        if (wordEnd == start || !(_byFirstWord ??= Index(_names)).TryGetValue(new WordKey(text, start, wordEnd - start), out var candidates))
        {
            return null;
        }

        foreach (var name in candidates)
        {
            if (Matches(text, start, name))
            {
                return name;
            }
        }

        return null;
    }

    public bool Equals(ActorNames? other) => other is not null && _names.Equals(other._names);

    public override bool Equals(object? obj) => obj is ActorNames other && Equals(other);

    public override int GetHashCode() => _names.GetHashCode();

    private static Dictionary<WordKey, List<string>> Index(EquatableArray<string> names)
    {
        var byFirstWord = new Dictionary<WordKey, List<string>>();
        foreach (var name in names)
        {
            Add(byFirstWord, name);

            // "the bloc" is also "The bloc" at the start of a sentence; "US" is never "us".
            if (char.IsLower(name[0]))
            {
                Add(byFirstWord, char.ToUpperInvariant(name[0]) + name.Substring(1));
            }
        }

        // Longest first, so "Secretary Austin" is named rather than a shorter name it starts with.
        foreach (var list in byFirstWord.Values)
        {
            list.Sort((a, b) => b.Length != a.Length ? b.Length.CompareTo(a.Length) : StringComparer.Ordinal.Compare(a, b));
        }

        return byFirstWord;
    }

    private static void Add(Dictionary<WordKey, List<string>> byFirstWord, string name)
    {
        var firstWord = name.TakeWhile(Words.IsWordChar).Count();
        if (firstWord == 0)
        {
            return;
        }

        var key = new WordKey(name, 0, firstWord);
        if (!byFirstWord.TryGetValue(key, out var list))
        {
            byFirstWord[key] = list = new List<string>();
        }

        if (!list.Contains(name))
        {
            list.Add(name);
        }
    }

    private static bool Matches(string text, int start, string name)
    {
        if (start + name.Length > text.Length)
        {
            return false;
        }

        for (var i = 0; i < name.Length; i++)
        {
            if (Words.Fold(text[start + i]) != Words.Fold(name[i]))
            {
                return false;
            }
        }

        var after = start + name.Length;
        return after == text.Length || !Words.IsWordChar(text[after]);
    }
}
