using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
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
        var originDoc = XmlDoc.Text(origin);
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
            var summary = writer.StartLine().Append("/// <summary>");
            XmlDoc.Append(summary, document.Title).Append(" (");
            XmlDoc.Append(summary, document.Publisher).Append(", ").Append(document.Published).Append(").</summary>");
            var remarks = writer.EndLine().StartLine().Append("/// <remarks>Annotated in ");
            At(remarks, originDoc, document.Id).Append("; text in ");
            XmlDoc.Append(remarks, document.TextFile.Value).Append(".</remarks>");
            writer.EndLine();
            Member(writer, "Document", GeneratedNames.Member(document.Id.Value));
            writer.Close();
        }

        if (actors.Count > 0)
        {
            writer.Open("public static partial class Actors");
            foreach (var actor in actors)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var summary = XmlDoc.Append(writer.StartLine().Append("/// <summary>"), actor.Name);
                if (actor.Roles.Count > 0)
                {
                    XmlDoc.Append(summary.Append(", "), actor.Roles[0].Title);
                }

                summary.Append(" (").Append(actor.Kind).Append(").</summary>");
                var remarks = writer.EndLine().StartLine().Append("/// <remarks>");
                if (actor.Aliases.Count > 0)
                {
                    XmlDoc.AppendJoined(remarks.Append("Also called: "), ", ", actor.Aliases).Append(". ");
                }

                XmlDoc.Append(remarks.Append("Id <c>"), actor.Id.Value).Append("</c>, declared in ");
                At(remarks, originDoc, actor.Id).Append(".</remarks>");
                writer.EndLine();
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
                var summary = ActorDoc(writer.StartLine().Append("/// <summary>"), names, statement.Speaker.Value);
                summary.Append(" (").Append(statement.Act).Append(", ").Append(statement.Form);
                if (statement.SaidOn is not null)
                {
                    summary.Append(", ").Append(statement.SaidOn);
                }

                XmlDoc.Append(summary.Append("): “"), statement.Evidence.Value).Append("”</summary>");
                Remarks(writer.EndLine(), originDoc, statement.Id);
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
                var summary = ActorDoc(writer.StartLine().Append("/// <summary>"), names, sanction.Imposer.Value).Append(" → ");
                for (var i = 0; i < sanction.Targets.Count; i++)
                {
                    ActorDoc(i > 0 ? summary.Append("; ") : summary, names, sanction.Targets[i].Value);
                }

                summary.Append(" (").Append(sanction.Status).Append("): “");
                XmlDoc.Append(summary, sanction.Evidence.Value).Append("”</summary>");
                Remarks(writer.EndLine(), originDoc, sanction.Id);
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

            // The constant, its literal and the closing lines, room for which is made once.
            writer.Reserve(CSharpLiteral.Length(data) + input.DataConstantName.Length + 64);
            CSharpLiteral.Append(writer.StartLine().Append("private const string ").Append(input.DataConstantName).Append(" = "), data).Append(';');
            writer.EndLine();
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
        writer.StartLine().Append("public static readonly global::Dataset.").Append(type).Append(' ').Append(name).Append(';');
        writer.EndLine().Line();
    }

    /// <summary>The remarks line of a statement or sanction: its id and where it is declared.</summary>
    private static void Remarks(CodeWriter writer, string originDoc, Located id)
    {
        var remarks = XmlDoc.Append(writer.StartLine().Append("/// <remarks>Id <c>"), id.Value).Append("</c>, in ");
        At(remarks, originDoc, id).Append(".</remarks>");
        writer.EndLine();
    }

    /// <summary>
    /// "file.yaml:line" of a record's id, for the docs of its member; originDoc is the file name as doc text, made
    /// once per file. A line number is positive, so its digits are the same in every culture.
    /// </summary>
    private static StringBuilder At(StringBuilder builder, string originDoc, Located id) =>
        builder.Append(originDoc).Append(':').Append(id.Location.StartLine + 1);

    /// <summary>
    /// An actor in docs (XML): its name, or its id as code when no name is known here, as for an actor a referenced
    /// shard declares (its manifest holds ids only). Never a cref: one that failed to resolve would warn.
    /// </summary>
    private static StringBuilder ActorDoc(StringBuilder builder, Dictionary<(RecordKind, string), NamedReference> names, string id) =>
        names.TryGetValue((RecordKind.Actor, id), out var reference) && reference.Display.Length > 0
            ? XmlDoc.Append(builder, reference.Display)
            : XmlDoc.Append(builder.Append("<c>"), id).Append("</c>");
}
