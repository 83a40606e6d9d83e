using System;

namespace Dataset.Annotations.Parsing;

/// <summary>
/// The short strings a corpus repeats (keys, kinds, acts, ids, dates): the subset reader takes them from here, where
/// the last one made with the same hash on this thread is reused when it has the same characters. A key then costs no
/// string per use, and the models that keep such values share one copy.
/// </summary>
internal static class ReusedStrings
{
    /// <summary>Longer strings (names, quotes, summaries) rarely repeat; they are made every time.</summary>
    private const int MaxLength = 32;

    private const int Slots = 512;

    [ThreadStatic]
    private static string?[]? _slots;

    /// <summary>A string equal to <paramref name="length"/> characters of <paramref name="text"/> from <paramref name="start"/>.</summary>
    public static string Of(string text, int start, int length)
    {
        if (length > MaxLength || length == 0)
        {
            return text.Substring(start, length);
        }

        // FNV-1a over the characters.
        var hash = 2166136261u;
        for (var i = start; i < start + length; i++)
        {
            hash = (hash ^ text[i]) * 16777619u;
        }

        var slots = _slots ??= new string?[Slots];
        var slot = (int)(hash & (Slots - 1));
        var known = slots[slot];
        if (known is not null && known.Length == length && string.CompareOrdinal(known, 0, text, start, length) == 0)
        {
            return known;
        }

        return slots[slot] = text.Substring(start, length);
    }
}
