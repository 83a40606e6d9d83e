using System.Collections.Generic;
using Dataset.Annotations.Model;
using static Dataset.Annotations.Text.Cues.CueContext;

namespace Dataset.Annotations.Text.Cues;

/// <summary>
/// Finds the attribution cues of a sentence and the source of each (PARC 3.0: source, cue, content). A reporting
/// verb counts in every form unless it stands as a noun or adjective ("the alleged plot", "member states",
/// "so-called"); a form that is as often a noun counts where it takes a <c>that</c> clause, a quote or a colon or is
/// a verb beyond doubt. "according to", absent answers ("declined to comment"), passives ("is reported to have",
/// "was quoted as saying") and "in a statement" are cues too. The source is the verb's subject (read back over
/// auxiliaries and appositives, or after the verb in "said Kirby"), the "according to" phrase, or none.
/// One instance reads one sentence at a time into buffers it reuses, so a build allocates per article, not per word.
/// </summary>
internal sealed class AttributionFinder
{
    private const int MaxSourceWords = 12;
    private const int MaxInvertedSourceWords = 6;

    /// <summary>How many words a name set off by commas runs: "Ana Paula Torres".</summary>
    private const int MaxNameWords = 4;

    /// <summary>What a party issues, standing for it after "according to": "port authority figures", "UN estimates".</summary>
    private static readonly WordSet Issued = new("figures", "data", "estimates", "statistics", "records", "tally", "count", "survey");

    /// <summary>Verbs whose ambiguous forms are another verb rather than a noun: "has added a layer", "he wrote a book".</summary>
    private static readonly HashSet<string> OtherSenses = new(System.StringComparer.Ordinal)
    {
        "add", "write", "post", "maintain", "stress", "repeat", "recall", "mention", "quote", "dismiss", "respond", "reply", "estimate",
    };
    private readonly string _language;
    private readonly List<Token> _tokens = new();
    private readonly List<Cue> _cues = new();
    private string _text = string.Empty;
    private TextRange? _lastSource;
    private bool _lastAttributed;
    private TextRange? _continuedSource;

    /// <summary>A finder for articles in <paramref name="language"/> (<see cref="TextLanguage"/>); one the rules do not read finds no cue.</summary>
    public AttributionFinder(string language = TextLanguage.English) => _language = language;

    /// <summary>The tokens of the sentence last read.</summary>
    public IReadOnlyList<Token> Tokens => _tokens;

    /// <summary>The cues of the sentence last read, in order.</summary>
    public IReadOnlyList<Cue> Cues => _cues;

    /// <summary>Reads one sentence of a line whose quoted passages are <paramref name="quotes"/>.</summary>
    public void Read(string text, TextRange sentence, IReadOnlyList<Quote> quotes)
    {
        if (!ReferenceEquals(text, _text))
        {
            // Another article: nobody has spoken yet.
            _lastAttributed = false;
            _lastSource = null;
        }

        _text = text;
        SentenceTokens.Read(text, sentence, quotes, _tokens);
        _cues.Clear();
        _continuedSource = null;
        if (_language == TextLanguage.Russian)
        {
            RussianCues.Find(text, _tokens, _cues);
        }
        else if (_language == TextLanguage.English)
        {
            FindEnglish();
        }

        if (_cues.Count == 0 && _lastAttributed && IsAllQuote())
        {
            _cues.Add(new Cue(0, 1, CueKind.Continuation, CueLexicon.NeutralAct, true, 0, 0, false));
            _continuedSource = _lastSource;
            return;
        }

        _lastAttributed = _cues.Count > 0;
        _lastSource = _cues.Count > 0 ? SourceRange(_cues[0]) : null;
    }

    private void FindEnglish()
    {
        for (var i = 0; i < _tokens.Count; i++)
        {
            if (_tokens[i].IsWord && !_tokens[i].InQuote && CueAt(i) is { } cue)
            {
                _cues.Add(cue);
                i = cue.End - 1;
            }
        }

        if (_cues.Count == 0)
        {
            for (var i = 0; i < _tokens.Count; i++)
            {
                if (_tokens[i].IsWord && !_tokens[i].InQuote && InStatementAt(i) is { } cue)
                {
                    _cues.Add(cue);
                    break;
                }
            }
        }
    }

    /// <summary>The characters of a cue's source, or of the source a continued quote goes on from; null when unnamed.</summary>
    public TextRange? SourceRange(Cue cue) =>
        cue.Kind == CueKind.Continuation ? _continuedSource
        : cue.HasSource ? new TextRange(_tokens[cue.SourceStart].Start, _tokens[cue.SourceEnd - 1].End)
        : null;

    /// <summary>The text of the sentence last read.</summary>
    public string Text => _text;

    /// <summary>“Now the employers will have to listen.” — a sentence whose every word is quoted.</summary>
    private bool IsAllQuote()
    {
        if (_tokens.Count == 0 || _tokens[0].Kind != TokenKind.Quote)
        {
            return false;
        }

        foreach (var token in _tokens)
        {
            if (token.IsWord && !token.InQuote)
            {
                return false;
            }
        }

        return true;
    }

    private Cue? CueAt(int i)
    {
        if (Is(i, "according") && Is(i + 1, "to"))
        {
            var (start, end) = NounPhraseAfter(i + 2, MaxSourceWords);

            // "according to port authority figures", "according to UN estimates": what the party issued stands for it.
            while (end - 1 > start && IsIn(end - 1, Issued))
            {
                end--;
            }

            return new Cue(i, i + 2, CueKind.AccordingTo, CueLexicon.NeutralAct, true, start, end, Kind(i - 1) == TokenKind.Comma);
        }

        if (Is(i, "no") && NoCommentAt(i) is { } noComment)
        {
            return noComment;
        }

        if (Is(i, "reached") && Is(i + 1, "for") && Is(i + 2, "comment"))
        {
            var (start, end) = SubjectBefore(i);
            return new Cue(i, i + 3, CueKind.NoComment, SpeechActs.DeclineComment, false, start, end, false);
        }

        if (Be(i - 1) && PassiveReports.Contains(_text, _tokens[i]))
        {
            if (Is(i + 1, "to") || (Is(i + 1, "that") && Is(i - 2, "it")))
            {
                return new Cue(i - 1, i + 2, CueKind.Passive, CueLexicon.NeutralAct, true, 0, 0, false);
            }
        }

        if (Be(i - 1) && Is(i, "quoted") && QuotedAsSaying(i) is { } quoted)
        {
            return quoted;
        }

        return NominalAt(i) ?? (CueLexicon.Find(_text, _tokens[i]) is { } word ? VerbAt(i, word) : null);
    }

    /// <summary>"X was quoted (by Y) as saying": the source is X, the subject of the passive.</summary>
    private Cue? QuotedAsSaying(int i)
    {
        for (var j = i + 1; j < _tokens.Count && j < i + 10 && !_tokens[j].IsBoundary; j++)
        {
            if (Is(j, "as") && Is(j + 1, "saying"))
            {
                var (start, end) = SubjectBefore(i);
                return new Cue(i - 1, j + 2, CueKind.Verb, CueLexicon.NeutralAct, true, start, end, false);
            }
        }

        return null;
    }

    /// <summary>"no immediate comment from Tehran".</summary>
    private Cue? NoCommentAt(int i)
    {
        var j = i + 1;
        while (j < i + 3 && IsIn(j, NoCommentAdjectives))
        {
            j++;
        }

        if (!IsIn(j, NoCommentNouns))
        {
            return null;
        }

        for (var k = j + 1; k < _tokens.Count && k < j + 6 && !_tokens[k].IsBoundary; k++)
        {
            if (Is(k, "from"))
            {
                var (start, end) = NounPhraseAfter(k + 1, MaxSourceWords);
                return new Cue(i, j + 1, CueKind.NoComment, SpeechActs.DeclineComment, false, start, end, false);
            }
        }

        var (subjectStart, subjectEnd) = SubjectBefore(i);
        return subjectEnd > subjectStart ? new Cue(i, j + 1, CueKind.NoComment, SpeechActs.DeclineComment, false, subjectStart, subjectEnd, false) : null;
    }

    private Cue? InStatementAt(int i)
    {
        if (!Is(i, "in") || !(Is(i + 1, "a") || Is(i + 1, "an")))
        {
            return null;
        }

        for (var j = i + 2; j < i + 5 && j < _tokens.Count && _tokens[j].IsWord; j++)
        {
            if (MessageNouns.Contains(_text, _tokens[j]))
            {
                var (start, end) = SubjectBefore(i);
                if (end == start && Kind(j + 1) == TokenKind.Comma)
                {
                    (start, end) = SubjectAfterOpening(j + 2);
                }
                else if (end > start && LooksLikeVerb(start) && NamedAppositiveStart(start - 1) is var opening and >= 0)
                {
                    // "The board’s chief executive, Abena Owusu, pointed out in a radio interview": the subject before the verb.
                    (start, end) = (opening, start - 1);
                }

                return new Cue(i, j + 1, CueKind.InStatement, CueLexicon.NeutralAct, true, start, end, false);
            }
        }

        return null;
    }

    /// <summary>"the government’s claims that": a noun of speech after a possessive, taking a <c>that</c> clause.</summary>
    private Cue? NominalAt(int i)
    {
        if (i < 1 || !_tokens[i - 1].IsWord || !IsPossessive(_text, _tokens[i - 1]) || !IsIn(i, SpeechNouns) || !Is(i + 1, "that"))
        {
            return null;
        }

        var act = CueLexicon.Find(_text, _tokens[i])?.Act
            ?? (Is(i, "denial") || Is(i, "denials")
                ? SpeechActs.Deny
                : Is(i, "allegation") || Is(i, "allegations") ? SpeechActs.Accuse : CueLexicon.NeutralAct);
        return new Cue(i, i + 1, CueKind.Nominal, act, false, NounPhraseStart(i - 1), i, false);
    }

    private Cue? VerbAt(int i, CueWord word)
    {
        var previous = i - 1;
        if (Kind(previous) == TokenKind.Hyphen || (previous >= 0 && _tokens[previous].IsWord && IsPossessive(_text, _tokens[previous])))
        {
            return null;
        }

        if (IsIn(previous, Determiners) || IsNumber(previous) || (word.Form != CueForm.Gerund && IsIn(previous, Prepositions)))
        {
            return null;
        }

        // "member states", "Baltic states", "Russian claims": a plural noun after its modifier.
        if (word.Ambiguous
            && word.Form is CueForm.Present or CueForm.Base
            && (IsIn(previous, NounModifiers) || (previous >= 0 && _tokens[previous].IsWord && IsNationality(_text, _tokens[previous]))))
        {
            return null;
        }

        if (IsIn(i + 1, OtherObjects) || (IsIn(i + 1, Determiners) && IsIn(i + 2, OtherObjects)))
        {
            return null;
        }

        // "the money pledged by donors": a participle after its noun, not a verb with a subject.
        if (word.Form == CueForm.Past && Is(i + 1, "by") && !Be(previous))
        {
            return null;
        }

        if (word.Form == CueForm.Base && Is(previous, "to") && IsIn(previous - 1, BeforeToSay))
        {
            return null;
        }

        var act = word.Act;
        var end = i + 1;
        switch (word.Lemma)
        {
            case "call" or "appeal":
                if (!(IsIn(i + 1, RequestParticles) || (word.Lemma == "appeal" && Is(i + 1, "to"))))
                {
                    if (word.Lemma == "appeal" || !QuoteFollows(i))
                    {
                        return null;
                    }

                    act = CueLexicon.NeutralAct;
                }

                break;
            case "decline" or "refuse":
                if (!Is(i + 1, "to") || !IsIn(i + 2, DeclinedActs))
                {
                    return null;
                }

                end = i + 3;
                break;
            case "respond" or "reply" or "say" when Negated(i):
                // "did not respond", "officials have not said whether": an answer not given.
                act = SpeechActs.DeclineComment;
                break;
            case "express":
                if (FeelingAfter(i) is { } feeling)
                {
                    act = ExpressedSupport.Contains(_text, _tokens[feeling]) ? SpeechActs.Support : SpeechActs.ExpressConcern;
                }
                else if (QuoteFollows(i))
                {
                    act = CueLexicon.NeutralAct;
                }
                else
                {
                    return null;
                }

                break;
        }

        var (sourceStart, sourceEnd, contentBefore) = SourceOf(i, word);
        var settled = word.Lemma is "call" or "appeal" or "decline" or "refuse" or "express" || act == SpeechActs.DeclineComment;
        if ((word.Ambiguous || word.Lemma is "respond" or "reply") && !settled && !TakesSpeech(i, word, sourceStart, contentBefore))
        {
            return null;
        }

        return new Cue(i, end, CueKind.Verb, act, word.IsNeutral && act == word.Act, sourceStart, sourceEnd, contentBefore);
    }

    /// <summary>Whether an ambiguous form is a reporting verb here.</summary>
    private bool TakesSpeech(int i, CueWord word, int sourceStart, bool contentBefore)
    {
        if (ThatFollows(i) || Kind(i + 1) is TokenKind.Colon or TokenKind.Quote || QuoteFollows(i) || contentBefore)
        {
            return true;
        }

        // "added 300 engineers", "wrote a book": another verb, which only a report's shape above makes a cue.
        if (OtherSenses.Contains(word.Lemma))
        {
            return false;
        }

        var before = SkipBack(i - 1);
        if (IsIn(before, SubjectPronouns) || VerbAfterAuxiliary(i, word.Form))
        {
            return true;
        }

        if (Is(i + 1, "to") && word.Lemma is "pledge" or "vow" or "promise" or "threaten" or "claim")
        {
            return true;
        }

        // A headline's "Chile reports sharp rise", "Opposition claims fraud": a name, then the verb; "which the board
        // blames for": a determiner and a noun, then the verb and no other verb.
        var previous = i - 1;
        if (word.Form != CueForm.Present
            || previous < 0
            || IsIn(previous, NounModifiers)
            || IsNationality(_text, _tokens[previous])
            || !_tokens[previous].IsWord)
        {
            return false;
        }

        var named = sourceStart == previous && char.IsUpper(_text[_tokens[previous].Start]);
        var determined = sourceStart == previous - 1 && (Is(sourceStart, "the") || Is(sourceStart, "a") || Is(sourceStart, "an"))
            && i + 1 < _tokens.Count && _tokens[i + 1].IsWord && !IsIn(i + 1, NotInSubject) && !IsIn(i + 1, Skippable);
        return named || determined;
    }

    /// <summary>"to add", "has reported", "is warning": an auxiliary that takes this form makes it a verb ("to requests" does not).</summary>
    private bool VerbAfterAuxiliary(int i, CueForm form) => form switch
    {
        CueForm.Base => IsIn(i - 1, Auxiliaries),
        CueForm.Past => Is(i - 1, "has") || Is(i - 1, "have") || Is(i - 1, "had"),
        CueForm.Gerund => Be(i - 1),
        _ => false,
    };

    /// <summary>The source of the verb at <paramref name="i"/>, and whether the content comes before it ("…, the bloc said").</summary>
    private (int Start, int End, bool ContentBefore) SourceOf(int i, CueWord word)
    {
        var last = SkipBack(i - 1);
        if ((Is(last, "and") || Is(last, "but")) && _cues.Count > 0)
        {
            // "denied responsibility and accused the army": a verb joined to the one before has its source.
            var joined = _cues[_cues.Count - 1];
            return (joined.SourceStart, joined.SourceEnd, false);
        }

        if (word.Form == CueForm.Gerund && (last < 0 || Kind(last) == TokenKind.Comma || IsIn(last, Prepositions)))
        {
            // "…, saying that", "with several calling for": the subject of the clause the gerund hangs on.
            return _cues.Count > 0 ? (_cues[_cues.Count - 1].SourceStart, _cues[_cues.Count - 1].SourceEnd, false) : (0, 0, false);
        }

        if (last >= 0 && _tokens[last].IsWord && !IsIn(last, ClauseWords))
        {
            var start = NounPhraseStart(last);
            var before = Kind(start - 1);
            var contentBefore = before == TokenKind.Quote || (before == TokenKind.Comma && Kind(start - 2) == TokenKind.Quote)
                || (before is TokenKind.Comma or TokenKind.Dash && ClosesClause(i + 1));
            return (start, last + 1, contentBefore && !ThatFollows(i));
        }

        if (last < 0 || !(Kind(last) is TokenKind.Comma or TokenKind.Quote or TokenKind.Dash))
        {
            return (0, 0, false);
        }

        if (word.Inverts && word.Form != CueForm.Gerund && !AfterNamedAppositive(last) && InvertedSource(i + 1) is { } inverted)
        {
            return (inverted.Start, inverted.End, true);
        }

        // "Ribeiro, who led the port authority, denied": the subject before the appositive, with it.
        if (Kind(last) == TokenKind.Comma)
        {
            for (var j = last - 1; j > 0; j--)
            {
                if (_tokens[j].Kind is TokenKind.Comma or TokenKind.Dash && _tokens[j - 1].IsWord)
                {
                    return (NounPhraseStart(j - 1), last, false);
                }

                if (_tokens[j].Kind is TokenKind.Stop or TokenKind.Quote or TokenKind.Colon or TokenKind.Semicolon)
                {
                    break;
                }
            }
        }

        return (0, 0, false);
    }

    /// <summary>
    /// "The US ambassador in Manila, Karen Holt, said": the comma before the verb closes a name set off after the
    /// noun phrase that opens the sentence, so the source stands before the verb, not after it ("…, said Washington").
    /// </summary>
    private bool AfterNamedAppositive(int comma) => NamedAppositiveStart(comma) >= 0;

    /// <summary>The first token of "The board’s chief executive, Abena Owusu" when the comma at <paramref name="comma"/> closes it, else -1.</summary>
    private int NamedAppositiveStart(int comma)
    {
        var j = comma - 1;
        while (j >= 0 && _tokens[j].IsWord && char.IsUpper(_text[_tokens[j].Start]) && comma - j <= MaxNameWords)
        {
            j--;
        }

        if (Kind(comma) != TokenKind.Comma || j == comma - 1 || j < 1 || Kind(j) != TokenKind.Comma)
        {
            return -1;
        }

        for (var k = j - 1; k >= 0; k--)
        {
            if (!(_tokens[k].IsWord || _tokens[k].Kind == TokenKind.Hyphen)
                || IsIn(k, NotInSubject)
                || IsIn(k, ClauseWords)
                || CueLexicon.Find(_text, _tokens[k]) is not null)
            {
                return -1;
            }
        }

        return 0;
    }

    /// <summary>"said Kirby." "says Dr Andrés Molina, an epidemiologist": a short noun phrase closing the clause.</summary>
    private (int Start, int End)? InvertedSource(int from)
    {
        if (from >= _tokens.Count || !_tokens[from].IsWord || Is(from, "that") || IsIn(from, Prepositions) || IsIn(from, Skippable))
        {
            return null;
        }

        var end = from;
        while (end < _tokens.Count && _tokens[end].IsWord && end - from < MaxInvertedSourceWords)
        {
            end++;
        }

        return end == _tokens.Count || _tokens[end].IsBoundary ? (from, end) : null;
    }

    /// <summary>Whether the clause after a verb is short and opens with a preposition or ends at once: "said in a statement."</summary>
    private bool ClosesClause(int from)
    {
        if (from >= _tokens.Count || _tokens[from].IsBoundary)
        {
            return true;
        }

        if (!IsIn(from, Prepositions) && !Is(from, "on"))
        {
            return false;
        }

        var end = from;
        while (end < _tokens.Count && !_tokens[end].IsBoundary)
        {
            end++;
        }

        return end - from <= 8;
    }

    private (int Start, int End) SubjectBefore(int i)
    {
        var last = SkipBack(i - 1);
        return last >= 0 && _tokens[last].IsWord && !IsIn(last, ClauseWords) ? (NounPhraseStart(last), last + 1) : (0, 0);
    }

    /// <summary>"In a statement, the ministry expressed…": the words after the opening phrase up to the first verb-like word.</summary>
    private (int Start, int End) SubjectAfterOpening(int from)
    {
        var end = from;
        while (end < _tokens.Count && _tokens[end].IsWord && end - from < 5 && (end == from || !LooksLikeVerb(end)))
        {
            end++;
        }

        return (from, end);
    }

    private bool LooksLikeVerb(int i)
    {
        var token = _tokens[i];
        var length = token.End - token.Start;
        return CueLexicon.Find(_text, token) is not null || IsIn(i, Skippable)
            || (length > 3 && _text[token.End - 1] == 'd' && _text[token.End - 2] == 'e');
    }

    /// <summary>The first token of the noun phrase that ends at <paramref name="last"/>, read backwards.</summary>
    private int NounPhraseStart(int last)
    {
        var start = last;
        while (start > 0 && last - start < MaxSourceWords)
        {
            var previous = _tokens[start - 1];

            // "The Baltic states that border Russia have asked": a relative clause after the sentence's opening noun.
            if (Is(start - 1, "that") && RelativeOpening(start - 1) is var opening and >= 0)
            {
                start = opening;
                continue;
            }

            if (!(previous.IsWord || previous.Kind == TokenKind.Hyphen)
                || IsIn(start - 1, ClauseWords)
                || IsIn(start - 1, NotInSubject)
                || CueLexicon.Find(_text, previous) is { Ambiguous: false })
            {
                break;
            }

            // "China and Russia argued", but not "…, and Austin said".
            if (Is(start - 1, "and") && (start - 2 < 0 || !_tokens[start - 2].IsWord))
            {
                break;
            }

            start--;
        }

        while (start < last && (IsIn(start, Prepositions) || Is(start, "and")))
        {
            start++;
        }

        return start;
    }

    /// <summary>
    /// The first token of "The Baltic states" when the "that" at <paramref name="that"/> opens a relative clause after a
    /// noun phrase that opens the sentence with a determiner or a capital, else -1.
    /// </summary>
    private int RelativeOpening(int that)
    {
        var k = that - 1;
        while (k >= 0 && _tokens[k].IsWord && !IsIn(k, NotInSubject) && !IsIn(k, ClauseWords) && CueLexicon.Find(_text, _tokens[k]) is not { Ambiguous: false })
        {
            k--;
        }

        var first = k + 1;
        return k < 0 && first < that && (IsIn(first, Determiners) || char.IsUpper(_text[_tokens[first].Start])) ? first : -1;
    }

    private (int Start, int End) NounPhraseAfter(int from, int maxWords)
    {
        var end = from;
        while (end < _tokens.Count && (_tokens[end].IsWord || _tokens[end].Kind == TokenKind.Hyphen) && end - from < maxWords && !IsIn(end, ClauseWords))
        {
            end++;
        }

        return (from, end);
    }

    /// <summary>The last token before <paramref name="i"/> that is not an auxiliary or adverb, or -1.</summary>
    private int SkipBack(int i)
    {
        while (i >= 0 && (IsIn(i, Skippable) || OnWeekday(i)))
        {
            i -= OnWeekday(i) ? 2 : 1;
        }

        return i;
    }

    /// <summary>"on Friday" between a subject and its verb.</summary>
    private bool OnWeekday(int i) => i >= 1 && Is(i - 1, "on") && _tokens[i].IsWord && Weekdays.Is(_text, _tokens[i]);

    private bool ThatFollows(int i)
    {
        for (var j = i + 1; j < _tokens.Count && j <= i + 6; j++)
        {
            if (Is(j, "that"))
            {
                return true;
            }

            if (_tokens[j].IsBoundary || (j > i + 1 && CueLexicon.Find(_text, _tokens[j]) is { Ambiguous: false }))
            {
                return false;
            }
        }

        return false;
    }

    private bool QuoteFollows(int i)
    {
        for (var j = i + 1; j < _tokens.Count; j++)
        {
            if (_tokens[j].Kind == TokenKind.Quote)
            {
                return true;
            }

            if (_tokens[j].Kind is TokenKind.Stop or TokenKind.Semicolon)
            {
                return false;
            }
        }

        return false;
    }

    private int? FeelingAfter(int i)
    {
        for (var j = i + 1; j < _tokens.Count && j <= i + 3; j++)
        {
            if (ExpressedFeelings.Contains(_text, _tokens[j]))
            {
                return j;
            }

            if (!IsIn(j, FeelingModifiers))
            {
                return null;
            }
        }

        return null;
    }

    private bool Negated(int i)
    {
        for (var j = i - 1; j >= 0 && j >= i - 3; j--)
        {
            if (IsIn(j, Negations))
            {
                return true;
            }

            if (!IsIn(j, Skippable))
            {
                return false;
            }
        }

        return false;
    }

    private TokenKind? Kind(int i) => i >= 0 && i < _tokens.Count ? _tokens[i].Kind : null;

    private bool Is(int i, string word) => i >= 0 && i < _tokens.Count && CueContext.Is(_text, _tokens[i], word);

    private bool IsIn(int i, WordSet set) => i >= 0 && i < _tokens.Count && _tokens[i].IsWord && set.Contains(_text, _tokens[i]);

    private bool Be(int i) => IsIn(i, CueContext.Be);

    private bool IsNumber(int i) => i >= 0 && i < _tokens.Count && _tokens[i].IsWord && char.IsDigit(_text[_tokens[i].Start]);
}
