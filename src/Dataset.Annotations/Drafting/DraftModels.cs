using Dataset.Annotations.Collections;
using System.Collections.Generic;
using Dataset.Annotations.Text;
using Dataset.Annotations.Model;
using Dataset.Annotations.Text.Languages;
using Dataset.LanguageFormat;

namespace Dataset.Annotations.Drafting;

/// <summary>An actor the folder already declares (in any of its files, or in a referenced shard): what a source's words are matched against.</summary>
internal sealed record KnownActor(string Id, string Name, IReadOnlyList<string> Aliases, string Kind);

/// <summary>
/// What drafting an article needs: its text and publication date, the actors and ids the folder already has, the
/// passages its annotation already covers (left alone), and optionally the one passage to draft (an editor's selection).
/// </summary>
internal sealed record DraftRequest(
    string Text,
    DateValue? Published,
    IReadOnlyList<KnownActor> Actors,
    IReadOnlyCollection<string> TakenIds,
    IReadOnlyList<TextRange> Covered,
    TextRange? Only = null)
{
    private readonly ArticleLanguage? _language;

    /// <summary>
    /// The article's language, as its document states it, else guessed from <see cref="Text"/>: only a language the
    /// reading knows is drafted (<see cref="LanguageCodes.Judged"/>).
    /// </summary>
    public ArticleLanguage Language
    {
        get => _language ?? LanguageGuess.Of((string?)null, Text);
        init => _language = value;
    }
}

/// <summary>A new actor a draft introduces: the name as the article writes it, a kind guessed from its words, and the title it was given.</summary>
internal sealed record DraftActor(string Id, string Name, string Kind, string? Title)
{
    /// <summary>Where the kind comes from, said in a comment beside it.</summary>
    public string KindNote { get; init; } = "guessed from the name";
}

/// <summary>
/// A drafted statement. <see cref="GuessedFrom"/> is the verb ("said") when the act is a guess read from what was
/// said rather than from the verb; <see cref="SaidOn"/> is a date or <c>undated</c>.
/// </summary>
internal sealed record DraftStatement(string Id, string Speaker, string Act, string? GuessedFrom, string Form, string SaidOn, string Evidence, TextRange Range)
{
    /// <summary>The actors it was addressed to, when the source names them (an import's relations).</summary>
    public EquatableArray<string> Audience { get; init; } = EquatableArray<string>.Empty;

    /// <summary>The words of what was said that the guessed act was read from ("baseless"), when a rule read one.</summary>
    public string? ReadFrom { get; init; }

    /// <summary>Whether the act was learned from the annotated sets (<see cref="Acts.LearnedActs"/>) rather than read by a rule.</summary>
    public bool Learned { get; init; }

    /// <summary>What the act was chosen from (<see cref="Acts.ActFeatures"/>), when it was read from the article.</summary>
    public Acts.ActSignals? Signals { get; init; }

    /// <summary>A paraphrase, when the source has one (an annotator's note).</summary>
    public string? Summary { get; init; }
}

/// <summary>A drafted sanction: who imposes it on whom, where it stands, what it does, and its evidence.</summary>
internal sealed record DraftSanction(
    string Id,
    string Imposer,
    IReadOnlyList<string> Targets,
    string Status,
    IReadOnlyList<string> Provisions,
    string? Date,
    string Evidence,
    TextRange Range)
{
    /// <summary>Why, when the source says (an annotator's note).</summary>
    public string? Reason { get; init; }
}

/// <summary>Everything drafted from one article: the new actors first, then statements and sanctions in reading order.</summary>
internal sealed record ArticleDraft(IReadOnlyList<DraftActor> Actors, IReadOnlyList<DraftStatement> Statements, IReadOnlyList<DraftSanction> Sanctions)
{
    public int Entries => Actors.Count + Statements.Count + Sanctions.Count;
}
