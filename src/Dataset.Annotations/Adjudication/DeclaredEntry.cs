using System.Collections.Generic;
using System.Linq;
using Dataset.Annotations.Diagnostics;
using Dataset.Annotations.Parsing;

namespace Dataset.Annotations.Adjudication;

/// <summary>
/// Where one entry of <c>actors:</c>, <c>statements:</c> or <c>sanctions:</c> is written in a file: its id, its span
/// from its first field to the end of its last, and whether it is written in flow style (<c>- { id: … }</c>).
/// </summary>
internal sealed record DeclaredEntry(string Section, string Id, LocationInfo Span, bool IsFlow)
{
    /// <summary>Every entry with an id of the file's three lists, in the order written; none when the YAML cannot be read.</summary>
    public static IReadOnlyList<DeclaredEntry> In(string path, string text)
    {
        var root = YamlTreeReader.Read(path, text, new List<DiagnosticInfo>()) as YamlMapping;
        var result = new List<DeclaredEntry>();
        foreach (var section in root?.Entries ?? new List<KeyValuePair<YamlNode, YamlNode>>())
        {
            if (section.Key is not YamlScalar { Value: "actors" or "statements" or "sanctions" } name || section.Value is not YamlSequence items)
            {
                continue;
            }

            foreach (var item in items.Items.OfType<YamlMapping>())
            {
                if (item.Entries.FirstOrDefault(e => e.Key is YamlScalar { Value: "id" }).Value is YamlScalar id)
                {
                    var isFlow = item.Location.Start < text.Length && text[item.Location.Start] == '{';
                    result.Add(new DeclaredEntry(name.Value, id.Value, YamlExtent.Span(item.Location, item), isFlow));
                }
            }
        }

        return result;
    }
}
