using System.Collections.Generic;
using System.Linq;

namespace Dataset.Annotations.Diagnostics;

/// <summary>Every diagnostic the build, the tool and the editor report. IDs are stable: never renumber, only add.</summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "Dataset";

    public static readonly DiagnosticRule YamlSyntax = Error("DS0001", "YAML syntax error",
        "YAML syntax error: {0}");

    public static readonly DiagnosticRule UnknownField = Error("DS0002", "Unknown field",
        "Unknown field '{0}' in {1}{2}");

    public static readonly DiagnosticRule MissingField = Error("DS0003", "Missing required field",
        "Required field '{0}' is missing from {1}; add it");

    public static readonly DiagnosticRule WrongType = Error("DS0004", "Wrong type of value",
        "Field '{0}' must be {1}, but here it is {2}");

    public static readonly DiagnosticRule InvalidEnumValue = Error("DS0005", "Invalid value",
        "'{0}' is not a valid {1}; expected one of: {3}{2}");

    public static readonly DiagnosticRule InvalidDate = Error("DS0006", "Invalid date",
        "'{0}' is not a date: write a day that exists on the calendar as YYYY-MM-DD, for example 2022-10-21");

    public static readonly DiagnosticRule InvalidId = Error("DS0007", "Invalid id",
        "'{0}' is not a valid id; use lowercase kebab-case that starts with a letter, for example lloyd-austin");

    public static readonly DiagnosticRule DuplicateId = Error("DS0008", "Duplicate id",
        "The {0} id '{1}' is already declared {2}; ids are unique across all annotations, so refer to that one or give this one another id");

    public static readonly DiagnosticRule NameCollision = Error("DS0009", "Id cannot become a unique C# name",
        "The {0} id '{1}' becomes the C# name '{2}', which {3}; choose another id");

    public static readonly DiagnosticRule UnknownActor = Error("DS0010", "Unknown actor",
        "Unknown actor '{0}'; declare it under actors: here or in the shared registry{1}");

    public static readonly DiagnosticRule UnknownStatement = Error("DS0011", "Unknown statement",
        "Unknown statement '{0}'; refer to the id of a declared statement{1}");

    public static readonly DiagnosticRule MissingArticleText = Error("DS0012", "Article text not found",
        "The article text '{0}' is not among the AdditionalFiles (looked for {1}); put the .txt file beside the annotation");

    public static readonly DiagnosticRule EvidenceNotFound = Error("DS0013", "Evidence not in the article",
        "Evidence does not occur in the article text '{0}'; copy the passage verbatim from the article");

    public static readonly DiagnosticRule EvidenceNearMatch = Error("DS0014", "Evidence differs from the article",
        "Evidence does not occur verbatim in '{0}' but matches after normalising {1}; paste the article's exact text: {2}");

    public static readonly DiagnosticRule EvidenceAmbiguous = Error("DS0015", "Evidence is ambiguous",
        "Evidence occurs {0} times in '{1}' (at lines {2}); extend it with more context so that it occurs once");

    public static readonly DiagnosticRule InvalidWikidata = Error("DS0016", "Invalid Wikidata id",
        "'{0}' is not a Wikidata item id; write Q followed by digits, for example Q42");

    public static readonly DiagnosticRule LimitExceeded = Error("DS0017", "Annotation exceeds a limit",
        "{0}");

    public static readonly DiagnosticRule MissingDocument = Error("DS0018", "Items without a document",
        "{0} need evidence from an article, but this file has no document: section naming the article text; add one, or move them to the annotation of their " +
            "article");

    public static readonly DiagnosticRule UnusedActor = Warning("DS0019", "Actor is never used",
        "Actor '{0}' is declared but no statement, sanction or role refers to it; refer to it or remove it");

    public static readonly DiagnosticRule StatementWithoutDate = Warning("DS0020", "Statement has no date",
        "Statement '{0}' has no said-on date; add the absolute date the article gives, write said-on: undated if it gives none, " +
        "or said-on: standing for a position held rather than said on a day");

    public static readonly DiagnosticRule NotAnAnnotation = Error("DS0021", "Not an annotation",
        "An annotation must be a YAML mapping with document:, actors:, statements: or sanctions:, but this file {0}");

    public static readonly DiagnosticRule DuplicateField = Error("DS0022", "Duplicate field",
        "Field '{0}' appears more than once in {1}; keep one");

    public static readonly DiagnosticRule InvalidNamespace = Error("DS0023", "Invalid namespace",
        "The DatasetNamespace property '{0}' is not a valid C# namespace; the generated code uses '{1}' instead");

    public static readonly DiagnosticRule UnreadableFile = Error("DS0024", "Unreadable file",
        "The file could not be read as text: {0}");

    public static readonly DiagnosticRule EmptyList = Error("DS0025", "Empty list",
        "Field '{0}' of {1} is an empty list; name at least one {2}");

    public static readonly DiagnosticRule DateAfterPublication = Warning("DS0026", "Date after the article",
        "Field '{0}' of {1} is {2}, after the article was published on {3}; resolve relative dates against the publication date");

    public static readonly DiagnosticRule AnswersItself = Error("DS0027", "Statement answers itself",
        "Statement '{0}' names itself in responds-to; give the id of the statement it answers, or remove responds-to");

    public static readonly DiagnosticRule NotAnnotated = Info("DS0028", "Passage not annotated",
        "{0} is not annotated: {1}; annotate it as a statement or sanction, or list it under unannotated: with a reason");

    public static readonly DiagnosticRule UnannotatedWithoutReason = Error("DS0029", "Unannotated passage without a reason",
        "Field '{0}' is missing from {1}; a passage is left unannotated only with a reason that says why");

    public static readonly DiagnosticRule UnannotatedPassageNotFound = Warning("DS0030", "Unannotated passage not in the article",
        "The unannotated passage {0} in the article text '{1}', so it silences nothing; copy it verbatim from the article, with enough words to occur once, " +
            "or remove the entry");

    public static readonly DiagnosticRule ShardNamespaceClash = Error("DS0031", "Referenced shard in the same namespace",
        "The referenced shard '{0}' generates its records in the namespace '{1}', as {2} does, so their classes would clash; give each shard its own " +
            "DatasetNamespace");

    public static readonly DiagnosticRule DraftEntry = Warning("DS0032", "Draft entry not reviewed",
        "{0} is a draft no one has reviewed; check it against the article, correct it, then remove 'draft: true'");

    /// <summary>Ids held for rules being defined elsewhere: never given to another rule, and no gap in the numbering.</summary>
    public static readonly string[] Reserved = { "DS0033", "DS0034", "DS0048", "DS0049" };

    public static readonly DiagnosticRule UnknownLinkedRecord = Error("DS0035", "Unknown linked record",
        "Unknown {0} '{1}' in {2}; link a {0} declared in another article{3}");

    public static readonly DiagnosticRule LinkToOtherKind = Error("DS0036", "Link to another kind of record",
        "'{0}' in {1} is a {2}, not a {3}; a {3} is one event only with another {3}");

    public static readonly DiagnosticRule LinkInSameArticle = Error("DS0037", "Link within one article",
        "'{0}' in {1} is declared in this same article; {1} links reports of one event in different articles{2}");

    public static readonly DiagnosticRule PossibleSameEvent = Info("DS0038", "Possibly the same event",
        "{0} '{1}' and '{2}' ({3}) may report the same event: {4}; add same-as: {2} if they do, or distinct-from: {2} if they do not");

    public static readonly DiagnosticRule ContradictoryLinks = Error("DS0039", "Contradictory links",
        "{0} '{1}' is distinct-from '{2}', but same-as links make them one event ({3}); remove the distinct-from or the same-as that is wrong");

    public static readonly DiagnosticRule InvalidUrl = Error("DS0040", "Invalid URL",
        "'{0}' is not an absolute http or https URL; write the address the article was read at, for example https://www.example.com/news/talks-resume");

    public static readonly DiagnosticRule RetrievedBeforePublication = Error("DS0041", "Retrieved before publication",
        "The document was retrieved on {0}, before it was published on {1}; give the date the text was read at its url");

    public static readonly DiagnosticRule UnresolvedDisagreement = Warning("DS0042", "Disagreement not resolved",
        "{0}; {1}");

    public static readonly DiagnosticRule PossibleSameActor = Info("DS0043", "Possibly the same actor",
        "Actor '{0}' and '{1}' ({2}) may be one: {3}; add same-as: {1} if they are, or distinct-from: {1} if they are not");

    public static readonly DiagnosticRule ContradictoryActorLinks = Error("DS0044", "Contradictory actor links",
        "Actor '{0}' is distinct-from '{1}', but same-as links make them one ({2}); remove the distinct-from or the same-as that is wrong");

    public static readonly DiagnosticRule NearSourceName = Info("DS0045", "Wire or publisher spelt near another",
        "Wire '{0}' is spelt close to '{1}', named as publisher or wire by {2}; events count each spelling as another source{3}");

    public static readonly DiagnosticRule UnknownLanguage = Error("DS0046", "Unknown language",
        "Unknown language '{0}'; a language is a two-letter ISO 639-1 code, lower case (en, ru, ar){1}");

    public static readonly DiagnosticRule WireIsPublisher = Info("DS0047", "Wire is the publisher",
        "The wire '{0}' is the publisher itself; remove wire, which names an agency whose copy another publisher runs");

    public static readonly DiagnosticRule RestatesOtherArticle = Error("DS0050", "Restatement outside its article",
        "'{0}' is a statement of another article ({1}); restates links two statements of one article: to link a report of the same statement in another " +
            "article write same-as: {0}");

    public static readonly DiagnosticRule RestatementCycle = Error("DS0051", "Restatement cycle",
        "Statement '{0}' restates itself ({1}); a restatement names the statement it repeats, which does not restate it back: remove one restates " +
            "of the cycle");

    public static readonly DiagnosticRule MembersOfNonGroup = Error("DS0052", "Members of an actor that is not a group",
        "Actor '{0}' is a {1}; only an actor of kind group lists members: make it kind: group or remove its members");

    public static readonly DiagnosticRule MembershipCycle = Error("DS0053", "Group is a member of itself",
        "Group '{0}' is a member of itself ({1}); a group's members are other actors: remove the member that closes the cycle");

    public static readonly DiagnosticRule ProvisionTargetNotTargeted = Error("DS0054", "Provision target not a target of the sanction",
        "'{0}' is not among the targets of {1}; a provision applies to the sanction's own targets: name one of them, or add it to targets{2}");

    private static readonly Dictionary<string, DiagnosticRule> All = typeof(DiagnosticDescriptors)
        .GetFields()
        .Where(f => f.FieldType == typeof(DiagnosticRule))
        .Select(f => (DiagnosticRule)f.GetValue(null)!)
        .ToDictionary(d => d.Id);

    public static IEnumerable<DiagnosticRule> Every => All.Values.OrderBy(d => d.Id, System.StringComparer.Ordinal);

    public static DiagnosticRule ById(string id) => All[id];

    private static DiagnosticRule Error(string id, string title, string message) =>
        new(id, title, message, Category, RuleSeverity.Error, HelpLink(id));

    private static DiagnosticRule Warning(string id, string title, string message) =>
        new(id, title, message, Category, RuleSeverity.Warning, HelpLink(id));

    private static DiagnosticRule Info(string id, string title, string message) =>
        new(id, title, message, Category, RuleSeverity.Info, HelpLink(id));

    private static string HelpLink(string id) => "docs/diagnostics.md#" + id.ToLowerInvariant();
}
