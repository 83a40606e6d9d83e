namespace Dataset.Annotations.Text;

/// <summary>What a token of a sentence is: a word, or the punctuation that bounds clauses and quotes.</summary>
internal enum TokenKind : byte
{
    Word,
    Comma,
    Colon,
    Semicolon,

    /// <summary>An em or en dash, or a hyphen with a space before it.</summary>
    Dash,

    /// <summary>A hyphen inside a word ("so-called"), which makes the next word part of a compound.</summary>
    Hyphen,

    /// <summary>An opening or closing quotation mark.</summary>
    Quote,

    /// <summary>'.', '!' or '?'.</summary>
    Stop,
    Other,
}

/// <summary>One token of a sentence: <c>text[Start..End)</c>, and whether it stands inside a quoted passage.</summary>
internal readonly struct Token
{
    public Token(int start, int end, TokenKind kind, bool inQuote)
    {
        Start = start;
        End = end;
        Kind = kind;
        InQuote = inQuote;
    }

    public int Start { get; }

    public int End { get; }

    public TokenKind Kind { get; }

    public bool InQuote { get; }

    public bool IsWord => Kind == TokenKind.Word;

    /// <summary>Whether the token ends a clause for a source or a content: any punctuation but a hyphen.</summary>
    public bool IsBoundary => Kind is not (TokenKind.Word or TokenKind.Hyphen or TokenKind.Other);
}
