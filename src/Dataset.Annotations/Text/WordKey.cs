using System;
using System.Collections.Generic;

namespace Dataset.Annotations.Text;

/// <summary>
/// A word as a slice of a text, compared without case, so that a look-up of a word of an article allocates nothing:
/// the coverage check reads every sentence of every article at every build.
/// </summary>
internal readonly struct WordKey : IEquatable<WordKey>
{
    private readonly string _text;
    private readonly int _start;
    private readonly int _length;

    public WordKey(string text, int start, int length)
    {
        _text = text;
        _start = start;
        _length = length;
    }

    public WordKey(string word)
        : this(word, 0, word.Length)
    {
    }

    public bool Equals(WordKey other)
    {
        if (_length != other._length)
        {
            return false;
        }

        for (var i = 0; i < _length; i++)
        {
            if (Fold(_text[_start + i]) != Fold(other._text[other._start + i]))
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => obj is WordKey other && Equals(other);

    public override int GetHashCode()
    {
        unchecked
        {
            var hash = (int)2166136261;
            for (var i = 0; i < _length; i++)
            {
                hash = (hash ^ Fold(_text[_start + i])) * 16777619;
            }

            return hash;
        }
    }

    public override string ToString() => _text.Substring(_start, _length);

    /// <summary>Lower case for ASCII letters, and a typographic apostrophe as a typed one, without culture data.</summary>
    private static char Fold(char c) => c is >= 'A' and <= 'Z' ? (char)(c + 32) : c == '\u2019' ? '\'' : c < 128 ? c : char.ToLowerInvariant(c);
}

/// <summary>A set of words compared without case, looked up by a slice of a text.</summary>
internal sealed class WordSet : IWordClass
{
    private readonly HashSet<WordKey> _words = new();

    public WordSet(params string[] words)
    {
        foreach (var word in words)
        {
            _words.Add(new WordKey(word));
        }
    }

    public bool Contains(string text, Token token) => _words.Contains(new WordKey(text, token.Start, token.End - token.Start));

    /// <summary>Whether a word on its own is in the set.</summary>
    public bool Contains(string word) => _words.Contains(new WordKey(word));
}
