using System.Text.Json.Nodes;
using Dataset.Cli.Invocation;
using Dataset.Cli.Releases;
using Dataset.Cli.Text;
using Dataset.Export.Releases;

namespace Dataset.Cli.Commands;

/// <summary>
/// `dataset diff OLD NEW`: the records added, removed and changed field by field between two releases, each a folder
/// or REVISION:PATH of the current git repository; with --output, the same as a delta in JSON Lines.
/// </summary>
internal static class DiffCommand
{
    public static Command Create(CommonOptions common)
    {
        var old = new Argument<string>("OLD")
        {
            Description = "The earlier release: a folder, or REVISION:PATH of the git repository (HEAD~1:seeds, v1.0:annotations)",
        };
        var @new = new Argument<string>("NEW") { Description = "The later release, written the same way" };
        var format = new Option<string>("--format", "-f") { Description = "text (default) or json", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Also write the delta as JSON Lines (ADD, MOD, DEL lines) to this file",
            HelpName = "FILE",
        };
        var command = new Command("diff", "The records added, removed and changed (field by field, evidence included) from OLD to NEW.")
        {
            old, @new, format, output,
        };
        command.SetAction(
            result => Run(
                result.GetRequiredValue(old),
                result.GetRequiredValue(@new),
                result.GetRequiredValue(format),
                result.GetValue(output),
                result,
                common));
        return command;
    }

    private static int Run(string oldName, string newName, string format, string? output, ParseResult result, CommonOptions common)
    {
        var context = common.Context;
        var progress = common.ProgressFor(result);
        var (before, after) = (ReleaseSource.Parse(oldName), ReleaseSource.Parse(newName));
        var changes = DatasetDiff.Compare(ReleaseRecords.Of(before.Read(context, progress)), ReleaseRecords.Of(after.Read(context, progress)));
        if (format == "json")
        {
            context.Output.WriteLine(
                Json(oldName, newName, changes).ToJsonString(new System.Text.Json.JsonSerializerOptions(ExportJson.Compact) { WriteIndented = true }));
        }
        else
        {
            DiffText.Write(context.Output, changes);
        }

        if (output is not null)
        {
            DatasetExporter.WriteFile(output, w => DeltaLines.Write(w, changes));
            context.Error.WriteLine($"diff: wrote {changes.Count} delta line(s) to {Path.GetFullPath(output)}");
        }

        return ExitCodes.Success;
    }

    private static JsonObject Json(string old, string @new, IReadOnlyList<RecordChange> changes) => new()
    {
        ["old"] = old,
        ["new"] = @new,
        ["added"] = new JsonArray([.. changes.Where(c => c.Change == ChangeKind.Added).Select(c => Record(c, c.New))]),
        ["removed"] = new JsonArray([.. changes.Where(c => c.Change == ChangeKind.Removed).Select(c => Record(c, c.Old))]),
        ["changed"] = new JsonArray([.. changes.Where(c => c.Change == ChangeKind.Changed).Select(c => new JsonObject
        {
            ["type"] = c.Kind,
            ["id"] = c.Id,
            ["changes"] = new JsonArray([.. c.Fields.Select(DeltaLines.Field)]),
        })]),
    };

    private static JsonObject Record(RecordChange change, JsonObject? record) => new()
    {
        ["type"] = change.Kind,
        ["id"] = change.Id,
        ["record"] = record!.DeepClone(),
    };
}
