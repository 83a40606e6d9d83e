using System.Globalization;
using System.Text;

namespace Dataset.CorpusMaker;

/// <summary>Writes annotation YAML; every free text is a double-quoted scalar so no content can change the structure.</summary>
internal static class YamlWriter
{
    public static void Actor(StringBuilder yaml, SyntheticActor actor)
    {
        yaml.Append("  - id: ").Append(actor.Id).Append('\n');
        yaml.Append("    name: ").Append(Quote(actor.Name)).Append('\n');
        yaml.Append("    kind: ").Append(actor.Kind).Append('\n');
        if (actor.RoleTitle is not null)
        {
            yaml.Append("    roles: [{ title: ").Append(Quote(actor.RoleTitle)).Append(", of: ").Append(actor.RoleOf).Append(" }]\n");
        }
    }

    public static void Field(StringBuilder yaml, string name, string? value, bool quoted = false)
    {
        if (value is not null)
        {
            yaml.Append("    ").Append(name).Append(": ").Append(quoted ? Quote(value) : value).Append('\n');
        }
    }

    public static void List(StringBuilder yaml, string name, IReadOnlyCollection<string> ids)
    {
        if (ids.Count > 0)
        {
            yaml.Append("    ").Append(name).Append(": [").Append(string.Join(", ", ids)).Append("]\n");
        }
    }

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Quote(string text) =>
        "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
