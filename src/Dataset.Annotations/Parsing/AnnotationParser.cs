using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Dataset.Annotations.Collections;
using Dataset.Annotations.Diagnostics;
using Dataset.Annotations.Model;

namespace Dataset.Annotations.Parsing;

/// <summary>
/// Turns the text of one annotation file into an <see cref="AnnotationFile"/>. Never throws, except
/// <see cref="System.OperationCanceledException"/> when its token is cancelled.
/// </summary>
internal static class AnnotationParser
{
    public static AnnotationFile Parse(string path, string? text, CancellationToken cancellationToken = default)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var empty = new AnnotationFile(
            path,
            null,
            EquatableArray<ActorModel>.Empty,
            EquatableArray<StatementModel>.Empty,
            EquatableArray<SanctionModel>.Empty,
            EquatableArray<Located>.Empty,
            EquatableArray<DiagnosticInfo>.Empty);
        if (text is null)
        {
            return empty with {
                Diagnostics = Single(
                    DiagnosticDescriptors.UnreadableFile,
                    LocationInfo.StartOf(path),
                    "the compiler could not read it; check that it exists and is saved as UTF-8 text") };
        }

        if (text.Length > YamlLimits.MaxAnnotationChars)
        {
            return empty with {
                Diagnostics = Single(
                    DiagnosticDescriptors.LimitExceeded,
                    LocationInfo.StartOf(path),
                    System.FormattableString.Invariant(
                        $"The annotation is {text.Length:N0} characters long; the limit is {YamlLimits.MaxAnnotationChars:N0}. Split it into several files")) };
        }

        cancellationToken.ThrowIfCancellationRequested();
        var root = YamlTreeReader.Read(path, text, diagnostics);
        if (root is null)
        {
            return empty with { Diagnostics = diagnostics.ToEquatableArray() };
        }

        // A file with no content (only comments, or a bare ---) declares nothing, like an empty file: a new file
        // being written is not a mistake.
        if (root is YamlScalar { IsPlain: true, Value.Length: 0 } && HoldsOnlyCommentsAndMarkers(text))
        {
            return empty;
        }

        if (root is not YamlMapping mapping)
        {
            var what = root is YamlScalar { IsNull: true } ? "is empty" : "is " + root.Describe();
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NotAnAnnotation, root.Location, what));
            return empty with { Diagnostics = diagnostics.ToEquatableArray() };
        }

        var top = new MappingReader(mapping, AnnotationSchema.TopLevel, "the annotation", diagnostics);
        var (document, published) = ReadDocument(top, diagnostics);
        var actors = ReadList(top, "actors", diagnostics, ReadActor, cancellationToken);
        var statements = ReadList(top, "statements", diagnostics, fields => ReadStatement(fields, published), cancellationToken);
        var sanctions = ReadList(top, "sanctions", diagnostics, fields => ReadSanction(fields, published), cancellationToken);
        var unannotated = ReadList(top, "unannotated", diagnostics, ReadUnannotated, cancellationToken);
        if (document is null && top.Node("document") is null && (statements.Count > 0 || sanctions.Count > 0 || unannotated.Count > 0))
        {
            var what = statements.Count > 0 && sanctions.Count > 0
                ? "Statements and sanctions"
                : statements.Count > 0 ? "Statements" : sanctions.Count > 0 ? "Sanctions" : "Unannotated passages";
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MissingDocument, top.Location, what));
        }

        return new AnnotationFile(path, document, actors, statements, sanctions, unannotated, diagnostics.ToEquatableArray());
    }

    private static bool HoldsOnlyCommentsAndMarkers(string text) =>
        text.Split('\n').Select(line => line.Trim().Trim('\uFEFF')).All(line => line.Length == 0 || line[0] == '#' || line == "---" || line == "...");

    /// <summary>The document, and its publication date when it gives a valid one (what later dates are compared with).</summary>
    private static (DocumentModel? Document, DateValue? Published) ReadDocument(MappingReader top, List<DiagnosticInfo> diagnostics)
    {
        var node = top.Node("document");
        if (node is null)
        {
            return (null, null);
        }

        if (node is not YamlMapping mapping)
        {
            top.Report(DiagnosticDescriptors.WrongType, node.Location, "document", "a mapping", node.Describe());
            return (null, null);
        }

        var fields = new MappingReader(mapping, AnnotationSchema.Document, "document", diagnostics);
        var id = fields.Id("id");
        var title = fields.Text("title");
        var publisher = fields.Text("publisher");
        var published = fields.Date("published");
        var dateline = fields.Text("dateline");
        var text = NonBlank(fields, "text");
        var url = fields.Url("url");
        var retrieved = fields.Date("retrieved");
        // Read as text first, so that a blank wire is reported as a blank publisher would be; kept with where it is written.
        var wire = fields.Text("wire") is null ? null : fields.Scalar("wire");
        var language = fields.Language("language");
        if (id is null || text is null)
        {
            return (null, null);
        }

        // A text cannot be read before it is out: an earlier retrieval date is a slip in one of the two dates.
        if (retrieved is not null && published is not null && Ordinal(retrieved) < Ordinal(published) && fields.Node("retrieved") is { } retrievedNode)
        {
            fields.Report(DiagnosticDescriptors.RetrievedBeforePublication, retrievedNode.Location, retrieved.ToString(), published.ToString());
        }

        // Kept even when other fields are wrong, so that its evidence is still checked; HasErrors keeps it out of the code.
        var document = new DocumentModel(
            id, title ?? id.Value, publisher ?? string.Empty, published ?? new DateValue(1, 1, 1), dateline, text, fields.HasErrors)
        {
            Url = url,
            Retrieved = retrieved,
            Wire = wire,
            Language = language,
        };

        // A wire names the agency whose copy another publisher runs; the publisher's own reporting needs none.
        if (document.WireIsPublisher)
        {
            fields.Report(DiagnosticDescriptors.WireIsPublisher, wire!.Location, wire.Value);
        }

        return (document, published);
    }

    private static EquatableArray<T> ReadList<T>(
        MappingReader top, string field, List<DiagnosticInfo> diagnostics, System.Func<MappingReader, T?> read, CancellationToken cancellationToken)
        where T : class, System.IEquatable<T>
    {
        var spec = AnnotationSchema.Items[field];
        var result = new List<T>();
        foreach (var mapping in top.Mappings(field))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var fields = new MappingReader(mapping, spec, Describe(spec, mapping), diagnostics);
            if (read(fields) is { } item)
            {
                result.Add(item);
            }
        }

        return result.ToEquatableArray();
    }

    private static string Describe(SectionSpec spec, YamlMapping mapping)
    {
        // Name the item by its id in messages when it has one: "statement 'kirby-vows'".
        var id = mapping.Entries.FirstOrDefault(e => e.Key is YamlScalar { Value: "id" }).Value;
        return id is YamlScalar { IsNull: false } scalar ? $"{spec.Name} '{scalar.Value}'" : "this " + spec.Name;
    }

    private static ActorModel? ReadActor(MappingReader fields)
    {
        var id = fields.Id("id");
        var name = fields.Text("name");
        var kind = fields.Enum("kind");
        var roles = new List<RoleModel>();
        foreach (var role in fields.Mappings("roles"))
        {
            var roleFields = new MappingReader(role, AnnotationSchema.Role, "role", DiagnosticsOf(fields));
            var title = roleFields.Text("title");
            var of = roleFields.Reference("of");
            if (title is not null)
            {
                roles.Add(new RoleModel(title, of));
            }
        }

        var members = fields.References("members");
        var aliases = fields.TextList("aliases");
        var wikidata = fields.Wikidata("wikidata");
        var sameAs = fields.IdOrIds("same-as");
        var distinctFrom = fields.IdOrIds("distinct-from");
        var draft = Draft(fields);
        if (kind is not null and not Group && fields.Node("members") is not null && fields.KeyLocation("members") is { } membersKey)
        {
            fields.Report(DiagnosticDescriptors.MembersOfNonGroup, membersKey, id?.Value ?? name ?? "?", kind);
        }

        return id is null
            ? null
            : new ActorModel(
                id,
                name ?? id.Value,
                kind ?? ActorKindNames.Person,
                roles.ToEquatableArray(),
                aliases,
                wikidata,
                fields.HasErrors || name is null || kind is null,
                draft)
        {
            SameAs = sameAs,
            DistinctFrom = distinctFrom,
            Members = members,
        };
    }

    /// <summary>The actor kind that lists members.</summary>
    private const string Group = ActorKindNames.Group;

    private static StatementModel? ReadStatement(MappingReader fields, DateValue? published)
    {
        var id = fields.Id("id");
        var speaker = fields.Reference("speaker");
        var via = fields.Reference("via");
        var audience = fields.References("audience");
        var act = fields.Enum("act");
        var form = fields.Enum("form");
        var saidOn = fields.Date("said-on");
        var standing = fields.RawNode("said-on") is YamlScalar { Value: AnnotationSchema.Standing };
        var summary = fields.Text("summary");
        var evidence = NonBlank(fields, "evidence");
        var respondsTo = fields.Reference("responds-to");
        var restates = fields.Reference("restates");
        var draft = Draft(fields);
        var disagreement = DisagreementReader.Read(fields);
        if (id is null || speaker is null || evidence is null)
        {
            return null;
        }

        if (saidOn is null && fields.Node("said-on") is null)
        {
            fields.Report(DiagnosticDescriptors.StatementWithoutDate, id.Location, id.Value);
        }

        WarnIfAfter(fields, "said-on", saidOn, published);
        if (respondsTo is not null && respondsTo.Value == id.Value)
        {
            fields.Report(DiagnosticDescriptors.AnswersItself, respondsTo.Location, id.Value);
            respondsTo = null;
        }

        var sameAs = fields.IdOrIds("same-as");
        var distinctFrom = fields.IdOrIds("distinct-from");
        var sameAsEntry = sameAs.Count == 1 && fields.KeyLocation("same-as") is { } key && fields.Node("same-as") is { } value
            ? new LocationInfo(key.FilePath, key.Start, value.Location.End, key.StartLine, key.StartColumn, value.Location.EndLine, value.Location.EndColumn)
            : null;
        return new StatementModel(
            id,
            speaker,
            via,
            audience,
            act ?? SpeechActs.Claim,
            form ?? "indirect",
            saidOn,
            summary,
            evidence,
            respondsTo,
            fields.HasErrors || act is null || form is null,
            draft)
        {
            IsStandingPosition = standing,
            SameAs = sameAs,
            SameAsEntry = sameAsEntry,
            Restates = restates,
            DistinctFrom = distinctFrom,
            Disagreement = disagreement,
        };
    }

    private static SanctionModel? ReadSanction(MappingReader fields, DateValue? published)
    {
        var id = fields.Id("id");
        var imposer = fields.Reference("imposer");
        var proposer = fields.Reference("proposer");
        var targets = fields.References("targets");
        if (fields.Node("targets") is YamlSequence { Items.Count: 0 } noTargets)
        {
            // A sanction needs someone to be aimed at: an empty list is a mistake, not an omission to skip silently.
            fields.Report(DiagnosticDescriptors.EmptyList, noTargets.Location, "targets", fields.What, "actor id");
        }

        var status = fields.Enum("status");
        var reason = fields.Text("reason");
        var date = fields.Date("date");
        var evidence = NonBlank(fields, "evidence");
        var provisions = ProvisionTargets.AmongTargets(fields, fields.Provisions("provisions"), targets);
        var program = fields.Text("program");
        var authority = fields.Text("authority");
        var start = fields.Date("start");
        var end = fields.Date("end");
        var sameAs = fields.IdOrIds("same-as");
        var distinctFrom = fields.IdOrIds("distinct-from");
        var draft = Draft(fields);
        var disagreement = DisagreementReader.Read(fields);
        if (id is null || imposer is null || evidence is null)
        {
            return null;
        }

        WarnIfAfter(fields, "date", date, published);
        return new SanctionModel(
            id,
            imposer,
            targets,
            status ?? "imposed",
            reason,
            date,
            evidence,
            fields.HasErrors || status is null || targets.Count == 0,
            draft)
        {
            Proposer = proposer,
            Provisions = provisions,
            Program = program,
            Authority = authority,
            Start = start,
            End = end,
            SameAs = sameAs,
            DistinctFrom = distinctFrom,
            Disagreement = disagreement,
        };
    }

    /// <summary>
    /// Whether the entry is marked <c>draft: true</c>; each such entry is reported (DS0032) at its mark, so that a
    /// drafted entry cannot pass for a reviewed one until a person removes the mark.
    /// </summary>
    private static bool Draft(MappingReader fields)
    {
        var draft = fields.Flag(AnnotationSchema.DraftField);
        if (draft && fields.Node(AnnotationSchema.DraftField) is { } mark)
        {
            fields.Report(DiagnosticDescriptors.DraftEntry, mark.Location, Capitalise(fields.What));
        }

        return draft;
    }

    private static string Capitalise(string what) => what.Length == 0 ? what : char.ToUpperInvariant(what[0]) + what.Substring(1);

    /// <summary>A passage silences coverage advice only with its reason: one without it is reported and kept out.</summary>
    private static Located? ReadUnannotated(MappingReader fields)
    {
        var passage = NonBlank(fields, "passage");
        var reason = fields.Text("reason");
        return reason is null ? null : passage;
    }

    /// <summary>An article reports what happened before it was published: a later date is most likely a slip.</summary>
    private static void WarnIfAfter(MappingReader fields, string field, DateValue? date, DateValue? published)
    {
        if (date is not null && published is not null && Ordinal(date) > Ordinal(published) && fields.Node(field) is { } node)
        {
            fields.Report(DiagnosticDescriptors.DateAfterPublication, node.Location, field, fields.What, date.ToString(), published.ToString());
        }
    }

    private static int Ordinal(DateValue date) => (((date.Year * 13) + date.Month) * 32) + date.Day;

    /// <summary>A required value with its location, where a blank one (<c>''</c>) counts as missing.</summary>
    private static Located? NonBlank(MappingReader fields, string field)
    {
        var value = fields.Scalar(field);
        if (value is not null && value.Value.Trim().Length == 0)
        {
            fields.Report(DiagnosticDescriptors.MissingField, value.Location, field, fields.What);
            return null;
        }

        return value;
    }

    private static List<DiagnosticInfo> DiagnosticsOf(MappingReader fields) => fields.Diagnostics;

    private static EquatableArray<DiagnosticInfo> Single(DiagnosticRule descriptor, LocationInfo location, string argument) =>
        new[] { DiagnosticInfo.Create(descriptor, location, argument) }.ToEquatableArray();
}
