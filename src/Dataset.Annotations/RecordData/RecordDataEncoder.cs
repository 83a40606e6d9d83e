using System.Collections.Generic;
using System.Threading;
using Dataset.Annotations.Collections;
using Dataset.Annotations.Model;
using Dataset.Annotations.Parsing;

namespace Dataset.Annotations.RecordData;

/// <summary>
/// Encodes one validated annotation's records in the compact form the runtime's <c>Dataset.RecordDataReader</c>
/// decodes (src/Dataset; the field order here is that reader's, and RecordDataFormatTests hold the two together).
/// The build embeds it in generated code; the tool and apps reading a folder hand it to the runtime directly.
/// </summary>
internal static class RecordDataEncoder
{
    /// <summary>
    /// The file's records as compact data for the runtime's reader, or null when it declares none. The build embeds
    /// this in generated code; the tool and apps reading a folder at run time hand it to the runtime directly.
    /// </summary>
    public static string? Encode(ValidatedFile input, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var file = input.File;
        var emitted = new HashSet<RecordKey>(input.EmittedKeys);
        // Keyed by record; an id declared twice in one file (already DS0008) keeps its first result, as Take keeps
        // its first item.
        var evidence = new Dictionary<EvidenceKey, EvidenceResult>();
        foreach (var result in input.Evidence?.Results ?? EquatableArray<EvidenceResult>.Empty)
        {
            if (!evidence.ContainsKey(result.ItemKey))
            {
                evidence[result.ItemKey] = result;
            }
        }

        var document = file.Document is { } d && emitted.Contains(new RecordKey(RecordKind.Document, d.Id.Value)) ? d : null;
        var documentValue = file.Document?.Id.Value;
        var actors = Take(file.Actors, a => new RecordKey(RecordKind.Actor, a.Id.Value), emitted);
        var statements = Take(file.Statements, s => new RecordKey(RecordKind.Statement, s.Id.Value), emitted);
        var sanctions = Take(file.Sanctions, s => new RecordKey(RecordKind.Sanction, s.Id.Value), emitted);
        if (document is null && actors.Count + statements.Count + sanctions.Count == 0)
        {
            return null;
        }

        var data = new RecordDataWriter();
        data.Text(input.SourcePath);
        data.List(
            document is null ? System.Array.Empty<DocumentModel>() : new[] { document },
            item => WriteDocument(data, item, input.Evidence?.TextLength ?? -1, input.Evidence?.Language ?? ArticleLanguage.Stated(item.Language)));
        data.List(actors, a => WriteActor(data, a));
        cancellationToken.ThrowIfCancellationRequested();
        data.List(statements, s => WriteStatement(data, s, documentValue, evidence));
        cancellationToken.ThrowIfCancellationRequested();
        data.List(sanctions, s => WriteSanction(data, s, documentValue, evidence));
        return data.ToString();
    }

    /// <summary>The items of this file to emit: those the id index settled as emitted, the first of each id only.</summary>
    public static List<T> Take<T>(EquatableArray<T> items, System.Func<T, RecordKey> key, HashSet<RecordKey> emitted)
        where T : System.IEquatable<T>
    {
        // A loop rather than LINQ: the encoder and the emitter each take three lists per file.
        var taken = new List<T>(items.Count);
        var seen = new HashSet<RecordKey>();
        for (var i = 0; i < items.Count; i++)
        {
            var itemKey = key(items[i]);
            if (emitted.Contains(itemKey) && seen.Add(itemKey))
            {
                taken.Add(items[i]);
            }
        }

        return taken;
    }

    private static void WriteDocument(RecordDataWriter data, DocumentModel document, int textLength, ArticleLanguage language)
    {
        data.Text(document.Id.Value)
            .Text(document.Title)
            .Text(document.Publisher)
            .Date(document.Published)
            .Text(document.Dateline)
            .Text(document.TextFile.Value)
            .Int(textLength);
        data.Text(document.Url).Date(document.Retrieved);
        data.Text(document.Wire?.Value).Text(language.Code).Flag(language.IsGuessed);
        WriteSource(data, document.Id);
    }

    private static void WriteActor(RecordDataWriter data, ActorModel actor)
    {
        data.Text(actor.Id.Value).Text(actor.Name).Enum(AnnotationSchema.ActorKinds, actor.Kind);
        data.List(actor.Roles, static (d, r) => d.Text(r.Title).Text(r.Of?.Value));
        data.List(actor.Aliases, static (d, a) => d.Text(a));
        data.Text(actor.Wikidata).Flag(actor.IsDraft);
        WriteSource(data, actor.Id);
        data.List(actor.SameAs, static (d, l) => d.Text(l.Value));
        data.List(actor.Members, static (d, l) => d.Text(l.Value));
    }

    private static void WriteStatement(RecordDataWriter data, StatementModel statement, string? document, Dictionary<EvidenceKey, EvidenceResult> found)
    {
        data.Text(statement.Id.Value).Text(statement.Speaker.Value).Text(statement.Via?.Value);
        data.List(statement.Audience, static (d, a) => d.Text(a.Value));
        data.Enum(AnnotationSchema.SpeechActs, statement.Act)
            .Enum(AnnotationSchema.StatementForms, statement.Form)
            .Date(statement.SaidOn)
            .Text(statement.Summary);
        WriteEvidence(data, document, statement.Evidence, found, new RecordKey(RecordKind.Statement, statement.Id.Value));
        data.Text(statement.RespondsTo?.Value);
        data.List(statement.SameAs, static (d, l) => d.Text(l.Value));
        data.List(statement.DistinctFrom, static (d, l) => d.Text(l.Value));
        data.Text(statement.Restates?.Value);
        data.Flag(statement.IsStandingPosition).Flag(statement.IsDraft);
        WriteSource(data, statement.Id);
    }

    private static void WriteSanction(RecordDataWriter data, SanctionModel sanction, string? document, Dictionary<EvidenceKey, EvidenceResult> found)
    {
        data.Text(sanction.Id.Value).Text(sanction.Imposer.Value);
        data.List(sanction.Targets, static (d, t) => d.Text(t.Value));
        data.Enum(AnnotationSchema.SanctionStatuses, sanction.Status).Text(sanction.Reason).Date(sanction.Date);
        WriteEvidence(data, document, sanction.Evidence, found, new RecordKey(RecordKind.Sanction, sanction.Id.Value));
        data.List(
            sanction.Provisions,
            static (d, p) => d.Enum(AnnotationSchema.ProvisionKinds, p.Kind).Text(p.Text).List(p.Targets, static (w, t) => w.Text(t.Value)));
        data.Text(sanction.Program).Text(sanction.Authority).Date(sanction.Start).Date(sanction.End).Text(sanction.Proposer?.Value);
        data.List(sanction.SameAs, static (d, l) => d.Text(l.Value));
        data.List(sanction.DistinctFrom, static (d, l) => d.Text(l.Value));
        data.Flag(sanction.IsDraft);
        WriteSource(data, sanction.Id);
    }

    /// <summary>The 1-based line and column of the record's id; the file's path is written once, before its records.</summary>
    private static void WriteSource(RecordDataWriter data, Located id) =>
        data.Int(id.Location.StartLine + 1).Int(id.Location.StartColumn + 1);

    private static void WriteEvidence(RecordDataWriter data, string? document, Located text, Dictionary<EvidenceKey, EvidenceResult> found, RecordKey key)
    {
        data.Text(document);
        if (found.TryGetValue(new EvidenceKey(key, -1), out var result) && result.Span is { } span)
        {
            data.Text(span.Exact).Text(span.Prefix).Text(span.Suffix).Int(span.Start).Int(span.End).Int(span.StartLine).Int(span.EndLine);
        }
        else
        {
            // Not located: the build already fails with a diagnostic; the record still reads.
            data.Text(text.Value).Text(string.Empty).Text(string.Empty).Int(-1).Int(-1).Int(0).Int(0);
        }
    }
}
