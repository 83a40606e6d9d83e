using System.Collections.Generic;
using Dataset.Annotations.Diagnostics;

namespace Dataset.Annotations.Parsing;

/// <summary>
/// Where a node's text ends: a scalar or a flow collection at its own end (a flow one's span runs through its
/// closing bracket); a block collection, whose span is only its start, at the end of its last item. Edits that take
/// out or copy a whole entry need it.
/// </summary>
internal static class YamlExtent
{
    /// <summary>The span from <paramref name="start"/> to the end of <paramref name="node"/>.</summary>
    public static LocationInfo Span(LocationInfo start, YamlNode node)
    {
        var end = End(node);
        return start with { End = end.End, EndLine = end.EndLine, EndColumn = end.EndColumn };
    }

    public static LocationInfo End(YamlNode node)
    {
        var last = node.Location;
        var pending = new Stack<YamlNode>();
        pending.Push(node);
        var seen = 0;
        while (pending.Count > 0 && seen++ < YamlLimits.MaxNodes)
        {
            var current = pending.Pop();
            if (current.Location.End > last.End)
            {
                last = current.Location;
            }

            switch (current)
            {
                case YamlSequence sequence:
                    sequence.Items.ForEach(pending.Push);
                    break;
                case YamlMapping mapping:
                    mapping.Entries.ForEach(e =>
                    {
                        pending.Push(e.Key);
                        pending.Push(e.Value);
                    });
                    break;
            }
        }

        return last;
    }
}
