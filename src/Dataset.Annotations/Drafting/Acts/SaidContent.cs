using System.Collections.Generic;
using Dataset.Annotations.Text.Cues;
using Dataset.Annotations.Text;
using static Dataset.Annotations.Drafting.Acts.ActWords;

namespace Dataset.Annotations.Drafting.Acts;

/// <summary>
/// What a source said, as the act rules read it: tokens <c>[Start, End)</c> of the sentence the attribution finder
/// read, and the head of the content, found the way the finder reads a source — its subject (the words before the
/// first auxiliary, or a lone pronoun), the verb group after it (auxiliaries, negation, adverbs) and the main word that
/// follows. "it had no information": subject "it", verb group "had", main word "no", negated.
/// </summary>
internal sealed class SaidContent
{
    /// <summary>How far a subject runs before its verb: "banks that failed to protect their customers would".</summary>
    private const int MaxSubjectTokens = 16;

    public SaidContent(string text, IReadOnlyList<Token> tokens, int start, int end)
    {
        Text = text;
        Tokens = tokens;
        Start = start;
        End = end;
        ReadHead();
    }

    public string Text { get; }

    public IReadOnlyList<Token> Tokens { get; }

    public int Start { get; }

    public int End { get; }

    /// <summary>The first token of the content's subject, and the token after it (the verb group's first, or the main word's).</summary>
    public int SubjectStart { get; private set; } = -1;

    public int SubjectEnd { get; private set; } = -1;

    /// <summary>The first token of the verb group, or -1 when the head has none ("its profit fell").</summary>
    public int Verb { get; private set; } = -1;

    /// <summary>The first word after the verb group, or -1.</summary>
    public int Main { get; private set; } = -1;

    /// <summary>The first modal of the verb group ("would", "could"), or -1.</summary>
    public int Modal { get; private set; } = -1;

    public bool Negated { get; private set; }

    public bool Perfect { get; private set; }

    public bool Be { get; private set; }

    public bool PastBe { get; private set; }

    public bool Did { get; private set; }

    /// <summary>The subject is the source itself: "it", "she", "its troops".</summary>
    public bool Self { get; private set; }

    /// <summary>The subject is the source speaking of itself: "we", "I", "our".</summary>
    public bool FirstPerson { get; private set; }

    public bool Is(int i, string word) => i >= Start && i < End && CueContext.Is(Text, Tokens[i], word);

    public bool IsIn(int i, IWordClass set) => i >= Start && i < End && Tokens[i].IsWord && set.Contains(Text, Tokens[i]);

    /// <summary>
    /// The next word after <paramref name="i"/>, over quote marks, or -1; none after -1, the index of a word not found, so a
    /// search's miss never reads the sentence's first word.
    /// </summary>
    public int NextWord(int i) => i < 0 ? -1 : WordFrom(i + 1);

    /// <summary>The content's first word, over quote marks, or -1.</summary>
    public int FirstWord() => WordFrom(Start);

    private int WordFrom(int first)
    {
        for (var j = first; j < End; j++)
        {
            if (Tokens[j].IsWord)
            {
                return j;
            }

            if (Tokens[j].Kind != TokenKind.Quote)
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>The first word of the content in <paramref name="set"/> at or after <paramref name="from"/>, or -1.</summary>
    public int Find(IWordClass set, int from = -1)
    {
        for (var i = from < Start ? Start : from; i < End; i++)
        {
            if (IsIn(i, set))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The first occurrence of <paramref name="word"/> at or after <paramref name="from"/>, or -1.</summary>
    public int Find(string word, int from = -1)
    {
        for (var i = from < Start ? Start : from; i < End; i++)
        {
            if (Is(i, word))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Whether a form of "be" stands before <paramref name="i"/>, over adverbs and quote marks: "were directly involved".</summary>
    public bool AfterBe(int i)
    {
        for (var j = i - 1; j >= Start; j--)
        {
            if (IsIn(j, CueContext.Be))
            {
                return true;
            }

            if (!(Tokens[j].Kind == TokenKind.Quote || IsIn(j, CueContext.Skippable) || IsIn(j, Intensifiers)))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Whether the subject names another party with a capitalised word ("Iran would supply"), not "The bank", "We", "Its troops".</summary>
    public bool SubjectNamesAnother()
    {
        for (var i = SubjectStart; i >= 0 && i < SubjectEnd; i++)
        {
            var opening = i == SubjectStart && (IsIn(i, CueContext.Determiners) || IsIn(i, SelfPronouns) || IsIn(i, SelfPossessives));
            if (Tokens[i].IsWord && char.IsUpper(Text[Tokens[i].Start]) && !opening)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "pay a price", "held talks": the words from <paramref name="first"/> to <paramref name="then"/> at most <paramref name="within"/> tokens on, or null.
    /// </summary>
    public string? Phrase(string first, string then, int within)
    {
        var at = Find(first);
        var to = at < 0 ? -1 : Find(then, at);
        return to > at && to - at <= within ? Words(at, to) : null;
    }

    /// <summary>Whether a negation stands among the two words before <paramref name="i"/>, over "be" and quote marks: "is not rigging", "no fraud".</summary>
    public bool NegatedAt(int i)
    {
        var words = 0;
        for (var j = i - 1; j >= Start && words < 2; j--)
        {
            if (!Tokens[j].IsWord)
            {
                if (Tokens[j].Kind != TokenKind.Quote)
                {
                    return false;
                }

                continue;
            }

            if (IsIn(j, Negations) || Is(j, "no"))
            {
                return true;
            }

            if (!IsIn(j, CueContext.Be))
            {
                words++;
            }
        }

        return false;
    }

    /// <summary>The text of tokens <c>[first, last]</c>, for the note beside the act.</summary>
    public string Words(int first, int last) => Text.Substring(Tokens[first].Start, Tokens[last].End - Tokens[first].Start);

    private void ReadHead()
    {
        var i = Start;
        while (i < End && !Tokens[i].IsWord)
        {
            i++;
        }

        if (Is(i, "that"))
        {
            i = NextWord(i);
        }

        if (i < 0 || i >= End)
        {
            return;
        }

        SubjectStart = i;
        var verb = -1;
        if (IsIn(i, SelfPronouns) || IsIn(i, FirstPersonFuture))
        {
            // "it had", "she was", and also "we condemn": a lone pronoun is the whole subject, auxiliary or not.
            Self = true;
            FirstPerson = IsIn(i, ActWords.FirstPerson) || IsIn(i, FirstPersonFuture);
            Modal = IsIn(i, FirstPersonFuture) ? i : -1;
            verb = i + 1;
        }
        else
        {
            Self = IsIn(i, SelfPossessives);
            FirstPerson = IsIn(i, ActWords.FirstPerson);
            for (var j = i; j < End && j < i + MaxSubjectTokens && Tokens[j].Kind is not (TokenKind.Stop or TokenKind.Semicolon or TokenKind.Colon); j++)
            {
                if (IsIn(j, CueContext.NotInSubject) || IsIn(j, Negations))
                {
                    verb = j;
                    break;
                }
            }
        }

        if (verb < 0)
        {
            return;
        }

        SubjectEnd = verb;
        var k = verb;
        for (; k < End && (Tokens[k].Kind == TokenKind.Quote || (Tokens[k].IsWord && InVerbGroup(k))); k++)
        {
            if (!Tokens[k].IsWord)
            {
                continue;
            }

            Verb = Verb < 0 ? k : Verb;
            Modal = Modal < 0 && (IsIn(k, FutureModals) || IsIn(k, HedgeModals) || Is(k, "can") || Is(k, "must")) ? k : Modal;
            Perfect |= IsIn(k, ActWords.Perfect);
            Be |= IsIn(k, CueContext.Be);
            PastBe |= IsIn(k, ActWords.PastBe);
            Did |= IsIn(k, ActWords.Did);
            Negated |= IsIn(k, Negations);
        }

        Main = k < End && Tokens[k].IsWord ? k : -1;
        Negated |= Main >= 0 && (IsIn(Main, NoObject) || IsIn(NextWord(Main), NoObject));
    }

    /// <summary>Auxiliaries, modals, negation and the adverbs between them: "would not", "had also been", "was deeply".</summary>
    private bool InVerbGroup(int i) =>
        IsIn(i, CueContext.NotInSubject) || IsIn(i, CueContext.Skippable) || IsIn(i, Intensifiers) || IsIn(i, Negations);
}
