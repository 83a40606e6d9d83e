using System.Collections.Generic;
using System.IO;
using System.Linq;
using Dataset.Generators.Model;
using Dataset.Generators.Validation;

namespace Dataset.Generators.Emitting;

/// <summary>
/// Writes the source of one annotation: a property per record under Actors, Statements, Sanctions and Documents,
/// backed by a per-file holder class whose static fields are built on first use (so an app pays only for the
/// articles it touches). Knows nothing of Roslyn syntax: model in, text out.
/// </summary>
internal static class AnnotationEmitter
{
    public static GeneratedFile Emit(EmitInput input)
    {
        var file = input.File;
        var emitted = new HashSet<string>(input.EmittedKeys);
        var names = input.References.ToDictionary(r => (r.Kind, r.Id));
        var evidence = input.Evidence?.Results.ToDictionary(r => r.ItemKey) ?? new Dictionary<string, EvidenceResult>();
        var ns = "global::" + input.Namespace;
        var holder = ns + "." + input.HolderName;
        var origin = Path.GetFileName(file.Path);
        var document = file.Document is { } d && emitted.Contains(RecordKinds.Document + ":" + d.Id.Value) ? d : null;
        var documentId = file.Document is null ? "null" : Id("DocumentId", file.Document.Id.Value);

        var actors = Take(file.Actors, a => RecordKinds.Actor + ":" + a.Id.Value, emitted);
        var statements = Take(file.Statements, s => RecordKinds.Statement + ":" + s.Id.Value, emitted);
        var sanctions = Take(file.Sanctions, s => RecordKinds.Sanction + ":" + s.Id.Value, emitted);

        var writer = new CodeWriter(origin);
        writer.Open("namespace " + input.Namespace);

        if (document is not null)
        {
            writer.Open("public static partial class Documents");
            writer.Summary($"{XmlDoc.Text(document.Title)} ({XmlDoc.Text(document.Publisher)}, {document.Published}).", $"Annotated in {XmlDoc.Text(origin)}; text in {XmlDoc.Text(document.TextFile.Value)}.");
            Property(writer, "Document", Name(document.Id.Value), holder + ".Document_" + Name(document.Id.Value));
            writer.Close();
        }

        if (actors.Count > 0)
        {
            writer.Open("public static partial class Actors");
            foreach (var actor in actors)
            {
                var role = actor.Roles.Count > 0 ? ", " + XmlDoc.Text(actor.Roles[0].Title) : string.Empty;
                var aliases = actor.Aliases.Count > 0 ? "Also called: " + XmlDoc.Text(string.Join(", ", actor.Aliases)) + ". " : string.Empty;
                writer.Summary($"{XmlDoc.Text(actor.Name)}{role} ({actor.Kind}).", $"{aliases}Id <c>{XmlDoc.Text(actor.Id.Value)}</c>, declared in {XmlDoc.Text(origin)}.");
                Property(writer, "Actor", Name(actor.Id.Value), holder + ".Actor_" + Name(actor.Id.Value));
            }

            writer.Close();
        }

        if (statements.Count > 0)
        {
            writer.Open("public static partial class Statements");
            foreach (var statement in statements)
            {
                var speaker = Display(names, RecordKinds.Actor, statement.Speaker.Value);
                var date = statement.SaidOn is null ? string.Empty : ", " + statement.SaidOn;
                writer.Summary($"{XmlDoc.Text(speaker)} ({statement.Act}, {statement.Form}{date}): “{XmlDoc.Text(statement.Evidence.Value)}”", $"Id <c>{XmlDoc.Text(statement.Id.Value)}</c>, in {XmlDoc.Text(origin)}.");
                Property(writer, "Statement", Name(statement.Id.Value), holder + ".Statement_" + Name(statement.Id.Value));
            }

            writer.Close();
        }

        if (sanctions.Count > 0)
        {
            writer.Open("public static partial class Sanctions");
            foreach (var sanction in sanctions)
            {
                var imposer = Display(names, RecordKinds.Actor, sanction.Imposer.Value);
                var targets = string.Join("; ", sanction.Targets.Select(t => Display(names, RecordKinds.Actor, t.Value)));
                writer.Summary($"{XmlDoc.Text(imposer)} → {XmlDoc.Text(targets)} ({sanction.Status}): “{XmlDoc.Text(sanction.Evidence.Value)}”", $"Id <c>{XmlDoc.Text(sanction.Id.Value)}</c>, in {XmlDoc.Text(origin)}.");
                Property(writer, "Sanction", Name(sanction.Id.Value), holder + ".Sanction_" + Name(sanction.Id.Value));
            }

            writer.Close();
        }

        if (document is not null || actors.Count + statements.Count + sanctions.Count > 0)
        {
            var catalog = ns + ".Catalog.Instance";
            writer.Line("/// <summary>The records of " + XmlDoc.Text(origin) + ", built on first use.</summary>");
            writer.Line(CodeWriter.GeneratedCodeAttribute);
            writer.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
            writer.Open("internal sealed class " + input.HolderName + " : global::Dataset.ArticleRecords");
            writer.Line($"internal static readonly {holder} Instance = new {holder}();");
            writer.Line();
            writer.Line($"private {input.HolderName}()");
            writer.Line("{");
            writer.Line("}");
            writer.Line();
            if (document is not null)
            {
                Field(writer, "Document", "Document_" + Name(document.Id.Value),
                    $"{documentId}, {Str(document.Title)}, {Str(document.Publisher)}, {Date(document.Published)}, {Str(document.Dateline)}, {Str(document.TextFile.Value)}, {CSharpLiteral.Int(input.Evidence?.TextLength ?? -1)}");
            }

            foreach (var actor in actors)
            {
                var roles = Array("Role", actor.Roles.Select(r => $"new global::Dataset.Role({catalog}, {Str(r.Title)}, {OptionalId("ActorId", r.Of)})"));
                var aliases = Array("string", actor.Aliases.Select(Str), global: false);
                Field(writer, "Actor", "Actor_" + Name(actor.Id.Value),
                    $"{Id("ActorId", actor.Id.Value)}, {Str(actor.Name)}, global::Dataset.ActorKind.{IdNames.ToPascalCase(actor.Kind)}, {roles}, {aliases}, {Str(actor.Wikidata)}, {(file.Document is null ? "null" : documentId)}");
            }

            foreach (var statement in statements)
            {
                var audience = Array("ActorId", statement.Audience.Select(a => Id("ActorId", a.Value)));
                Field(writer, "Statement", "Statement_" + Name(statement.Id.Value),
                    $"{catalog}, {Id("StatementId", statement.Id.Value)}, {Id("ActorId", statement.Speaker.Value)}, {OptionalId("ActorId", statement.Via)}, {audience}, " +
                    $"global::Dataset.SpeechAct.{IdNames.ToPascalCase(statement.Act)}, global::Dataset.StatementForm.{IdNames.ToPascalCase(statement.Form)}, " +
                    $"{OptionalDate(statement.SaidOn)}, {Str(statement.Summary)}, {Evidence(documentId, statement.Evidence, evidence, RecordKinds.Statement + ":" + statement.Id.Value)}, {OptionalId("StatementId", statement.RespondsTo)}");
            }

            foreach (var sanction in sanctions)
            {
                var targets = Array("ActorId", sanction.Targets.Select(t => Id("ActorId", t.Value)));
                Field(writer, "Sanction", "Sanction_" + Name(sanction.Id.Value),
                    $"{catalog}, {Id("SanctionId", sanction.Id.Value)}, {Id("ActorId", sanction.Imposer.Value)}, {targets}, global::Dataset.SanctionStatus.{IdNames.ToPascalCase(sanction.Status)}, " +
                    $"{Str(sanction.Reason)}, {OptionalDate(sanction.Date)}, {Evidence(documentId, sanction.Evidence, evidence, RecordKinds.Sanction + ":" + sanction.Id.Value)}");
            }

            // The catalog reaches a record by its place in these lists (see CatalogEntry.Order), never by a switch.
            writer.Line();
            RecordList(writer, "Actor", "Actors", actors.Select(a => "Actor_" + Name(a.Id.Value)));
            RecordList(writer, "Statement", "Statements", statements.Select(s => "Statement_" + Name(s.Id.Value)));
            RecordList(writer, "Sanction", "Sanctions", sanctions.Select(s => "Sanction_" + Name(s.Id.Value)));
            RecordList(writer, "Document", "Documents", document is null ? Enumerable.Empty<string>() : new[] { "Document_" + Name(document.Id.Value) });
            writer.Close();
        }

        writer.Close();
        return new GeneratedFile(input.HintName, writer.ToString(), input.Diagnostics);
    }

    /// <summary>The items of this file to emit: those the catalog settled as emitted, the first of each id only.</summary>
    private static List<T> Take<T>(EquatableArray<T> items, System.Func<T, string> key, HashSet<string> emitted)
        where T : System.IEquatable<T>
    {
        var seen = new HashSet<string>();
        return items.Where(i => emitted.Contains(key(i)) && seen.Add(key(i))).ToList();
    }

    private static void Property(CodeWriter writer, string type, string name, string target)
    {
        writer.Line(CodeWriter.GeneratedCodeAttribute);
        writer.Line($"public static global::Dataset.{type} {name} => {target};");
        writer.Line();
    }

    private static void RecordList(CodeWriter writer, string type, string plural, IEnumerable<string> fields)
    {
        writer.Line($"private static readonly global::Dataset.{type}[] s_{plural} = {Array(type, fields)};");
        writer.Line($"public override global::System.Collections.Generic.IReadOnlyList<global::Dataset.{type}> {plural} => s_{plural};");
    }

    private static void Field(CodeWriter writer, string type, string name, string arguments) =>
        writer.Line($"internal static readonly global::Dataset.{type} {name} = new global::Dataset.{type}({arguments});");

    private static string Evidence(string documentId, Located text, Dictionary<string, EvidenceResult> found, string key)
    {
        if (found.TryGetValue(key, out var result) && result.Span is { } span)
        {
            return $"new global::Dataset.Evidence({documentId}, {Str(span.Exact)}, {Str(span.Prefix)}, {Str(span.Suffix)}, {CSharpLiteral.Int(span.Start)}, {CSharpLiteral.Int(span.End)}, {CSharpLiteral.Int(span.StartLine)}, {CSharpLiteral.Int(span.EndLine)})";
        }

        // Not located: the build already fails with a diagnostic; this keeps the rest of the code compiling.
        return $"new global::Dataset.Evidence({documentId}, {Str(text.Value)}, \"\", \"\", -1, -1, 0, 0)";
    }

    private static string Display(Dictionary<(string, string), NamedReference> names, string kind, string id) =>
        names.TryGetValue((kind, id), out var reference) ? reference.Display : id;

    private static string Name(string id) => SourceNames.Identifier(IdNames.ToPascalCase(id));

    private static string Str(string? value) => CSharpLiteral.String(value);

    private static string Id(string type, string value) => $"new global::Dataset.{type}({Str(value)})";

    private static string OptionalId(string type, Located? value) => value is null ? "null" : Id(type, value.Value);

    private static string Date(DateValue date) => $"new global::System.DateOnly({CSharpLiteral.Int(date.Year)}, {CSharpLiteral.Int(date.Month)}, {CSharpLiteral.Int(date.Day)})";

    private static string OptionalDate(DateValue? date) => date is null ? "null" : Date(date);

    private static string Array(string type, IEnumerable<string> items, bool global = true)
    {
        var typeName = global ? "global::Dataset." + type : type;
        var list = items.ToList();
        return list.Count == 0 ? $"global::System.Array.Empty<{typeName}>()" : $"new {typeName}[] {{ {string.Join(", ", list)} }}";
    }
}
