using System.Collections.Generic;
using Dataset.Annotations.Text.Cues;

namespace Dataset.Annotations.Text;

/// <summary>A sentence as the reader gives it, with the paragraph it stands in; the reader's finder has read it.</summary>
internal readonly record struct ReadSentence(TextRange Range, Paragraph Paragraph);

/// <summary>
/// Reads an article once, in the one order the coverage check, the drafts and their evaluation share: paragraph by
/// paragraph (a line is one), its quoted passages, then its sentences, each read by the attribution finder in the
/// article's language (<see cref="TextLanguage"/>) as it is given, so that the cues of the last sentence carry to the next.
/// </summary>
internal sealed class ArticleReader
{
    /// <summary>A reader of <paramref name="text"/> in <paramref name="language"/> (an ISO 639-1 code), else the language its letters say.</summary>
    public ArticleReader(string text, string? language = null)
    {
        Text = text;
        Lines = new LineMap(text);
        Language = language ?? TextLanguage.Of(text);
        Finder = new AttributionFinder(Language);
    }

    public string Text { get; }

    public LineMap Lines { get; }

    /// <summary>The language the article is read in.</summary>
    public string Language { get; }

    /// <summary>Whether the article's language is one whose attribution the rules read (English or Russian).</summary>
    public bool Judged => TextLanguage.IsRead(Language);

    /// <summary>The finder, holding the cues and tokens of the sentence last given.</summary>
    public AttributionFinder Finder { get; }

    /// <summary>Each paragraph with its quoted passages.</summary>
    public IEnumerable<Paragraph> Paragraphs()
    {
        var number = 0;
        foreach (var (start, end) in Lines.Lines)
        {
            number++;
            yield return new Paragraph(number, start, end, new List<Quote>(Quotes.In(Text, start, end)));
        }
    }

    /// <summary>The sentences of a paragraph, each read by <see cref="Finder"/> before it is given.</summary>
    public IEnumerable<TextRange> Sentences(Paragraph paragraph)
    {
        foreach (var sentence in global::Dataset.Annotations.Text.Sentences.In(Text, paragraph.Start, paragraph.End, paragraph.Quotes))
        {
            Finder.Read(Text, sentence, paragraph.Quotes);
            yield return sentence;
        }
    }

    /// <summary>Every sentence of the article, in order, each read by <see cref="Finder"/> before it is given.</summary>
    public IEnumerable<ReadSentence> Sentences()
    {
        foreach (var paragraph in Paragraphs())
        {
            foreach (var sentence in Sentences(paragraph))
            {
                yield return new ReadSentence(sentence, paragraph);
            }
        }
    }
}
