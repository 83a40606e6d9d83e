using System.Collections.Generic;
using System.Linq;
using Dataset.Annotations.Diagnostics;
using Dataset.LanguageFormat;

namespace Dataset.Annotations.Parsing;

/// <summary>What a field holds; decides how it is read and how the JSON Schema describes it.</summary>
internal enum FieldKind
{
    Id,
    Text,
    Date,
    DateOrUndated,
    Enum,
    ActorRef,
    ActorRefList,
    StatementRef,
    TextList,
    Wikidata,
    FilePath,

    /// <summary>An absolute http or https address.</summary>
    Url,

    /// <summary>One id or a list of ids of records of the item's own kind in other articles (same-as, distinct-from).</summary>
    RecordRefs,

    /// <summary>A list of provisions: each one of <see cref="FieldSpec.Values"/>, or free text (kind other).</summary>
    ProvisionList,

    /// <summary>A nested mapping read against <see cref="FieldSpec.Section"/>.</summary>
    Mapping,

    /// <summary>A list of mappings, each read against <see cref="FieldSpec.Section"/>.</summary>
    MappingList,

    /// <summary>A YAML boolean: <c>true</c> or <c>false</c>.</summary>
    Flag,

    /// <summary>A two-letter ISO 639-1 language code, one of <see cref="FieldSpec.Values"/>.</summary>
    Language,

    /// <summary>One annotator's value of a field under adjudication: a single value or a list, as that field takes.</summary>
    Alternative,
}

internal sealed class FieldSpec
{
    public FieldSpec(
        string name,
        FieldKind kind,
        bool required,
        string description,
        IReadOnlyList<string>? values = null,
        SectionSpec? section = null,
        DiagnosticRule? missing = null)
    {
        Name = name;
        Missing = missing;
        Kind = kind;
        Required = required;
        Description = description;
        Values = values ?? [];
        Section = section;
    }

    public string Name { get; }

    public FieldKind Kind { get; }

    public bool Required { get; }

    public string Description { get; }

    /// <summary>The allowed values of an <see cref="FieldKind.Enum"/> field, kebab-case.</summary>
    public IReadOnlyList<string> Values { get; }

    /// <summary>The diagnostic for a required field that is missing or blank, when it has one of its own (else DS0003).</summary>
    public DiagnosticRule? Missing { get; }

    /// <summary>The layout of a <see cref="FieldKind.Mapping"/> or of each item of a <see cref="FieldKind.MappingList"/>.</summary>
    public SectionSpec? Section { get; }
}

internal sealed class SectionSpec
{
    private readonly Dictionary<string, FieldSpec> _byName;

    public SectionSpec(string name, string description, params FieldSpec[] fields)
    {
        Name = name;
        Description = description;
        Fields = fields;
        _byName = new Dictionary<string, FieldSpec>(System.StringComparer.Ordinal);
        foreach (var field in fields)
        {
            // The first of a name, as a search in order finds it.
            if (!_byName.ContainsKey(field.Name))
            {
                _byName[field.Name] = field;
            }
        }
    }

    public string Name { get; }

    public string Description { get; }

    public IReadOnlyList<FieldSpec> Fields { get; }

    /// <summary>A field by its name, found in one look-up: every key of every mapping asks.</summary>
    public FieldSpec? Find(string name) => _byName.TryGetValue(name, out var field) ? field : null;
}

/// <summary>
/// The annotation format, defined once: the reader checks against it and the JSON Schema is generated from it,
/// so the two cannot drift. Enum values are the kebab-case names of the runtime enums.
/// </summary>
internal static class AnnotationSchema
{
    public static readonly string[] ActorKinds = Model.ActorKindNames.All;

    public static readonly string[] SpeechActs = Model.SpeechActs.All;

    /// <summary>The said-on value that records that the article gives no date for a statement.</summary>
    public const string Undated = "undated";

    /// <summary>The said-on value that marks a statement as a standing position ("Iran denies supplying drones"): no
    /// date, and not to be dated by the article's publication either (docs/events.md).</summary>
    public const string Standing = "standing";

    /// <summary>The words a said-on takes instead of a date.</summary>
    public static readonly string[] SaidOnWords = { Undated, Standing };

    public static readonly string[] StatementForms = { "direct", "indirect" };

    public static readonly string[] SanctionStatuses = { "considered", "threatened", "agreed", "announced", "imposed", "lifted", "forthcoming" };

    /// <summary>The kinds of a sanction's provisions, FollowTheMoney's <c>Sanction.provisions</c>; the runtime's ProvisionKind order.</summary>
    public static readonly string[] ProvisionKinds = { "asset-freeze", "travel-ban", "arms-embargo", "export-ban", "import-ban", "financial", "other" };

    /// <summary>The field that marks an entry drafted from the article and not yet reviewed by a person.</summary>
    public const string DraftField = "draft";

    private const string DraftDescription = "true for an entry drafted from the article that no one has reviewed yet; the build warns (DS0032) until the " +
        "mark is removed.";

    /// <summary>The field that holds what two annotators disagree on, until a person decides (docs/teams.md).</summary>
    public const string DisagreementField = "disagreement";

    /// <summary>The entry of a disagreement that names the one annotator who marked the record.</summary>
    public const string OnlyInField = "only-in";

    /// <summary>The two annotators, as <c>dataset adjudicate A B</c> names them.</summary>
    public static readonly string[] Annotators = { "a", "b" };

    private static readonly SectionSpec Choice = new(
        "choice",
        "The two annotators' values of the field; the field itself holds A's until a person decides.",
        new FieldSpec("a", FieldKind.Alternative, true, "Annotator A's value."),
        new FieldSpec("b", FieldKind.Alternative, true, "Annotator B's value."));

    private static FieldSpec Disagreement(string kind, params string[] fields) => new(
        DisagreementField,
        FieldKind.Mapping,
        false,
        $"What two annotators disagree on in this {kind}, written by dataset adjudicate; the build warns (DS0042) at each entry until a person keeps one " +
            "value and removes the entry.",
        section: new SectionSpec(
            kind + " disagreement",
            $"What two annotators disagree on in this {kind}.",
            fields.Select(f => new FieldSpec(f, FieldKind.Mapping, false, $"The two values of {f}.", section: Choice))
                .Append(
                    new FieldSpec(
                        OnlyInField,
                        FieldKind.Enum,
                        false,
                        $"The one annotator who marked this {kind}: a or b; keep the entry or delete it.",
                        Annotators))
                .ToArray()));

    public static readonly SectionSpec Document = new(
        "document",
        "The article this file annotates.",
        new FieldSpec("id", FieldKind.Id, true, "Kebab-case id of the document; becomes its C# name."),
        new FieldSpec("title", FieldKind.Text, true, "The headline."),
        new FieldSpec("publisher", FieldKind.Text, true, "The publication that ran the article."),
        new FieldSpec(
            "wire", FieldKind.Text, false,
            "The news agency whose copy the article runs (Reuters, AP, AFP…), when it is not the publisher's own reporting; events count it, not the " +
                "publisher, as the independent source."),
        new FieldSpec("published", FieldKind.Date, true, "Publication date, YYYY-MM-DD."),
        new FieldSpec("dateline", FieldKind.Text, false, "The place the article was filed from."),
        new FieldSpec("text", FieldKind.FilePath, true, "The article text file, relative to this annotation."),
        new FieldSpec("url", FieldKind.Url, false, "The address the article was read at: an absolute http or https URL."),
        new FieldSpec("retrieved", FieldKind.Date, false, "The date the text was retrieved from the url, YYYY-MM-DD; not before the publication date."),
        new FieldSpec(
            "language", FieldKind.Language, false,
            "The language of the article text, an ISO 639-1 code (en, ru, ar…); guessed from the text's letters when not given.",
            LanguageCodes.All.Select(l => l.Code).ToArray()));

    public static readonly SectionSpec Role = new(
        "role",
        "A position an actor holds.",
        new FieldSpec("title", FieldKind.Text, true, "The title as the article gives it."),
        new FieldSpec("of", FieldKind.ActorRef, false, "The actor the role is held in."));

    public static readonly SectionSpec Actor = new(
        "actor",
        "A person, state, organization, government body or group.",
        new FieldSpec("id", FieldKind.Id, true, "Kebab-case id; becomes the C# name under Actors."),
        new FieldSpec("name", FieldKind.Text, true, "The actor's usual name."),
        new FieldSpec("kind", FieldKind.Enum, true, "What kind of party the actor is.", ActorKinds),
        new FieldSpec("roles", FieldKind.MappingList, false, "Positions the actor holds.", section: Role),
        new FieldSpec(
            "members", FieldKind.ActorRefList, false,
            "For an actor of kind group: the ids of the actors it is made of, declared here, in another article or in the registry."),
        new FieldSpec("aliases", FieldKind.TextList, false, "Other names the articles use."),
        new FieldSpec("wikidata", FieldKind.Wikidata, false, "Wikidata item id: Q followed by digits."),
        new FieldSpec(
            "same-as", FieldKind.RecordRefs, false,
            "The id (or a list of ids) of an actor declared elsewhere that is the same person or body; the first id of the group in ordinal order is the one " +
                "exports use."),
        new FieldSpec(
            "distinct-from", FieldKind.RecordRefs, false,
            "The id (or a list of ids) of an actor that looks alike (a shared name, Wikidata item or a near name) but is another one."),
        new FieldSpec(DraftField, FieldKind.Flag, false, DraftDescription));

    public static readonly SectionSpec Statement = new(
        "statement",
        "Something an actor said, as the article reports it.",
        new FieldSpec("id", FieldKind.Id, true, "Kebab-case id; becomes the C# name under Statements."),
        new FieldSpec("speaker", FieldKind.ActorRef, true, "The actor who made the statement."),
        new FieldSpec("via", FieldKind.ActorRef, false, "The spokesperson or channel that conveyed it."),
        new FieldSpec("audience", FieldKind.ActorRefList, false, "The actors it was addressed to."),
        new FieldSpec("act", FieldKind.Enum, true, "The speech act.", SpeechActs),
        new FieldSpec("form", FieldKind.Enum, true, "direct for a verbatim quote, indirect for reported speech.", StatementForms),
        new FieldSpec(
            "said-on", FieldKind.DateOrUndated, false,
            "Absolute date the statement was made, YYYY-MM-DD; undated when the article gives none; standing for a position the speaker holds rather than " +
                "something said on a day."),
        new FieldSpec("summary", FieldKind.Text, false, "A one-line paraphrase."),
        new FieldSpec("evidence", FieldKind.Text, true, "The passage of the article, verbatim; it must occur exactly once."),
        new FieldSpec("responds-to", FieldKind.StatementRef, false, "The id of the statement this one answers."),
        new FieldSpec(
            "restates", FieldKind.StatementRef, false,
            "The id of a statement of this same article that reports the same utterance (a lede and its quote); the two count as one."),
        new FieldSpec("same-as", FieldKind.RecordRefs, false, "The id (or a list of ids) of a statement in another article that reports the same statement."),
        new FieldSpec(
            "distinct-from", FieldKind.RecordRefs, false,
            "The id (or a list of ids) of a statement in another article that looks alike but reports another statement."),
        new FieldSpec(DraftField, FieldKind.Flag, false, DraftDescription),
        Disagreement("statement", "speaker", "act", "form", "said-on", "evidence"));

    public static readonly SectionSpec Sanction = new(
        "sanction",
        "A sanction or sanction-like measure the article reports.",
        new FieldSpec("id", FieldKind.Id, true, "Kebab-case id; becomes the C# name under Sanctions."),
        new FieldSpec("imposer", FieldKind.ActorRef, true, "The actor imposing or considering the measure."),
        new FieldSpec("proposer", FieldKind.ActorRef, false, "The actor who proposed the measure, when it is not the imposer."),
        new FieldSpec("targets", FieldKind.ActorRefList, true, "The actors the measure is aimed at."),
        new FieldSpec("status", FieldKind.Enum, true, "Where the measure stands.", SanctionStatuses),
        new FieldSpec("reason", FieldKind.Text, false, "Why, as the article gives it."),
        new FieldSpec("date", FieldKind.Date, false, "Absolute date of the measure, YYYY-MM-DD."),
        new FieldSpec("evidence", FieldKind.Text, true, "The passage of the article, verbatim; it must occur exactly once."),
        new FieldSpec(
            "provisions", FieldKind.ProvisionList, false,
            "What the measure does: asset-freeze, travel-ban, arms-embargo, export-ban, import-ban, financial, other, or free text (kept as other); a " +
                "provision that applies to some targets only names them: travel-ban: [target ids].",
            ProvisionKinds),
        new FieldSpec("program", FieldKind.Text, false, "The sanctions programme or regime, as the article names it."),
        new FieldSpec("authority", FieldKind.Text, false, "The body that decided the measure, when it is not the imposer itself."),
        new FieldSpec("start", FieldKind.Date, false, "Date the measure takes effect, YYYY-MM-DD."),
        new FieldSpec("end", FieldKind.Date, false, "Date the measure ends or expires, YYYY-MM-DD."),
        new FieldSpec("same-as", FieldKind.RecordRefs, false, "The id (or a list of ids) of a sanction in another article that reports the same measure."),
        new FieldSpec(
            "distinct-from", FieldKind.RecordRefs, false,
            "The id (or a list of ids) of a sanction in another article that looks alike but reports another measure."),
        new FieldSpec(DraftField, FieldKind.Flag, false, DraftDescription),
        Disagreement("sanction", "imposer", "targets", "status", "evidence"));

    public static readonly SectionSpec Unannotated = new(
        "unannotated passage",
        "A quoted passage or attributed sentence of the article deliberately left without a statement or sanction.",
        new FieldSpec(
            "passage", FieldKind.Text, true,
            "Text of the article, verbatim, occurring once; it silences every unannotated quoted passage and attributed sentence it overlaps."),
        new FieldSpec("reason", FieldKind.Text, true, "Why the passage is not annotated.", missing: DiagnosticDescriptors.UnannotatedWithoutReason));

    /// <summary>The top-level keys: document is a mapping, the rest are lists of <see cref="Items"/>.</summary>
    public static readonly SectionSpec TopLevel = new(
        "annotation",
        "One annotation file: the article's document and the actors, statements and sanctions in it.",
        new FieldSpec("document", FieldKind.Mapping, false, Document.Description, section: Document),
        new FieldSpec("actors", FieldKind.MappingList, false, "Actors this file introduces.", section: Actor),
        new FieldSpec("statements", FieldKind.MappingList, false, "Statements the article reports.", section: Statement),
        new FieldSpec("sanctions", FieldKind.MappingList, false, "Sanctions the article reports.", section: Sanction),
        new FieldSpec(
            "unannotated", FieldKind.MappingList, false, "Passages of the article left unannotated on purpose, each with its reason.", section: Unannotated));

    /// <summary>The item section of each top-level list.</summary>
    public static readonly IReadOnlyDictionary<string, SectionSpec> Items =
        TopLevel.Fields.Where(f => f.Kind == FieldKind.MappingList).ToDictionary(f => f.Name, f => f.Section!);
}
