using System.Collections.Generic;

namespace Dataset.Annotations.Text;

/// <summary>
/// Splits one sentence into words and punctuation, into a buffer the caller reuses from sentence to sentence. A word
/// keeps its inner apostrophes ("Kyiv’s", "can’t"), the dots of initials ("U.S.") and the separators of numbers
/// ("1,240", "1.2"); each token knows whether it stands inside one of the line's quoted passages.
/// </summary>
internal static class SentenceTokens
{
    public static void Read(string text, TextRange sentence, IReadOnlyList<Quote> quotes, List<Token> into)
    {
        into.Clear();
        var quote = 0;
        var i = sentence.Start;
        while (i < sentence.End)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            while (quote < quotes.Count && quotes[quote].End <= i)
            {
                quote++;
            }

            var inQuote = quote < quotes.Count && quotes[quote].InnerStart <= i && i < quotes[quote].InnerEnd;
            if (Words.IsWordChar(c))
            {
                var end = WordEnd(text, i, sentence.End);
                into.Add(new Token(i, end, TokenKind.Word, inQuote));
                i = end;
                continue;
            }

            var isMark = quote < quotes.Count && (i == quotes[quote].Start || (i == quotes[quote].InnerEnd && i < quotes[quote].End));
            into.Add(new Token(i, i + 1, isMark ? TokenKind.Quote : Punctuation(text, i, sentence.Start), inQuote && !isMark));
            i++;
        }
    }

    private static int WordEnd(string text, int start, int limit)
    {
        var end = start;
        var segment = 0;
        while (end < limit)
        {
            var c = text[end];
            if (Words.IsWordChar(c))
            {
                end++;
                segment++;
                continue;
            }

            var next = end + 1 < limit ? text[end + 1] : '\0';
            var joins = c switch
            {
                '\'' or '\u2019' => char.IsLetter(next),
                ',' => char.IsDigit(text[end - 1]) && char.IsDigit(next),
                '.' => Words.IsWordChar(next) || segment == 1,
                _ => false,
            };
            if (!joins)
            {
                break;
            }

            end++;
            segment = 0;
        }

        return end;
    }

    private static TokenKind Punctuation(string text, int i, int sentenceStart) => text[i] switch
    {
        ',' => TokenKind.Comma,
        ':' => TokenKind.Colon,
        ';' => TokenKind.Semicolon,
        '.' or '!' or '?' => TokenKind.Stop,
        '\u2014' or '\u2013' => TokenKind.Dash,
        '-' => i > sentenceStart && Words.IsWordChar(text[i - 1]) ? TokenKind.Hyphen : TokenKind.Dash,
        '\u201C' or '\u201D' or '"' or '\u2018' or '\u2019' => TokenKind.Quote,
        '\u00AB' or '\u00BB' or '\u201E' or '\u2039' or '\u203A' or '\u300C' or '\u300D' => TokenKind.Quote,
        _ => TokenKind.Other,
    };
}
