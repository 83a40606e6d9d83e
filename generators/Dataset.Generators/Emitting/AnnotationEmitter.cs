using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using Dataset.Annotations.Model;
using Dataset.Annotations.RecordData;
using Dataset.Generators.Model;

namespace Dataset.Generators.Emitting;

/// <summary>
/// Writes the source of one annotation: a static read-only field per record under Actors, Statements, Sanctions and
/// Documents, which the catalog sets on first use of its class (<c>RecordIndex.Bind</c>), and the file's records as
/// one compact data string, a constant of the catalog (so the compiler sees one literal instead of a tree of
/// <c>new</c> expressions per record, and a look-up by id builds only its article). Knows nothing of Roslyn syntax:
/// model in, text out.
/// </summary>
internal static class AnnotationEmitter
{
    public static GeneratedFile Emit(FileRecordData records, CancellationToken cancellationToken = default)
    {
        var input = records.Input;
        var file = input.File;
        var emitted = new HashSet<RecordKey>(input.EmittedKeys);
        var names = input.References.ToDictionary(r => (r.Kind, r.Id));
        var origin = Path.GetFileName(file.Path);
        var document = file.Document is { } d && emitted.Contains(new RecordKey(RecordKind.Document, d.Id.Value)) ? d : null;

        var actors = RecordDataEncoder.Take(file.Actors, a => new RecordKey(RecordKind.Actor, a.Id.Value), emitted);
        var statements = RecordDataEncoder.Take(file.Statements, s => new RecordKey(RecordKind.Statement, s.Id.Value), emitted);
        var sanctions = RecordDataEncoder.Take(file.Sanctions, s => new RecordKey(RecordKind.Sanction, s.Id.Value), emitted);

        cancellationToken.ThrowIfCancellationRequested();
        var writer = new CodeWriter(origin);
        writer.Open("namespace " + input.Namespace);

        if (document is not null)
        {
            writer.Open("public static partial class Documents");
            writer.Summary(
                $"{XmlDoc.Text(document.Title)} ({XmlDoc.Text(document.Publisher)}, {document.Published}).",
                $"Annotated in {At(origin, document.Id)}; text in {XmlDoc.Text(document.TextFile.Value)}.");
            Member(writer, "Document", GeneratedNames.Member(document.Id.Value));
            writer.Close();
        }

        if (actors.Count > 0)
        {
            writer.Open("public static partial class Actors");
            foreach (var actor in actors)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var role = actor.Roles.Count > 0 ? ", " + XmlDoc.Text(actor.Roles[0].Title) : string.Empty;
                var aliases = actor.Aliases.Count > 0 ? "Also called: " + XmlDoc.Text(string.Join(", ", actor.Aliases)) + ". " : string.Empty;
                writer.Summary(
                    $"{XmlDoc.Text(actor.Name)}{role} ({actor.Kind}).",
                    $"{aliases}Id <c>{XmlDoc.Text(actor.Id.Value)}</c>, declared in {At(origin, actor.Id)}.");
                Member(writer, "Actor", GeneratedNames.Member(actor.Id.Value));
            }

            writer.Close();
        }

        if (statements.Count > 0)
        {
            writer.Open("public static partial class Statements");
            foreach (var statement in statements)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var speaker = ActorDoc(names, statement.Speaker.Value);
                var date = statement.SaidOn is null ? string.Empty : ", " + statement.SaidOn;
                writer.Summary(
                    $"{speaker} ({statement.Act}, {statement.Form}{date}): “{XmlDoc.Text(statement.Evidence.Value)}”",
                    $"Id <c>{XmlDoc.Text(statement.Id.Value)}</c>, in {At(origin, statement.Id)}.");
                Member(writer, "Statement", GeneratedNames.Member(statement.Id.Value));
            }

            writer.Close();
        }

        if (sanctions.Count > 0)
        {
            writer.Open("public static partial class Sanctions");
            foreach (var sanction in sanctions)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var imposer = ActorDoc(names, sanction.Imposer.Value);
                var targets = string.Join("; ", sanction.Targets.Select(t => ActorDoc(names, t.Value)));
                writer.Summary(
                    $"{imposer} → {targets} ({sanction.Status}): “{XmlDoc.Text(sanction.Evidence.Value)}”",
                    $"Id <c>{XmlDoc.Text(sanction.Id.Value)}</c>, in {At(origin, sanction.Id)}.");
                Member(writer, "Sanction", GeneratedNames.Member(sanction.Id.Value));
            }

            writer.Close();
        }

        if (records.Data is { } data)
        {
            // A private constant of the catalog, read by name on the article's first use (ArticleConstants): metadata,
            // so nothing is compiled per article, no 16 MB string-heap limit applies, and a reference assembly leaves
            // it out, so an edit that keeps the ids does not rebuild the projects that reference this one.
            writer.Open("partial class Catalog");
            writer.Line($"private const string {input.DataConstantName} = {CSharpLiteral.String(data)};");
            writer.Close();
        }

        writer.Close();
        return new GeneratedFile(input.HintName, writer.ToString(), input.Diagnostics);
    }

    private static void Member(CodeWriter writer, string type, string name)
    {
        // A field without an initializer costs the compiler a third of a property (which has an accessor to compile)
        // and a fifth of one that reads its record (docs/benchmarks.md, "What the generated code costs the compiler").
        // The class's static constructor, in the catalog source, sets it; [GeneratedCode] is on the class there too:
        // one attribute per member made large datasets slow to compile.
        writer.Line($"public static readonly global::Dataset.{type} {name};");
        writer.Line();
    }

    /// <summary>"file.yaml:line" of a record's id, for the docs of its member.</summary>
    private static string At(string origin, Located id) =>
        XmlDoc.Text(origin) + ":" + CSharpLiteral.Int(id.Location.StartLine + 1);

    /// <summary>
    /// An actor in docs (XML): its name, or its id as code when no name is known here, as for an actor a referenced
    /// shard declares (its manifest holds ids only). Never a cref: one that failed to resolve would warn.
    /// </summary>
    private static string ActorDoc(Dictionary<(RecordKind, string), NamedReference> names, string id) =>
        names.TryGetValue((RecordKind.Actor, id), out var reference) && reference.Display.Length > 0
            ? XmlDoc.Text(reference.Display)
            : "<c>" + XmlDoc.Text(id) + "</c>";
}
