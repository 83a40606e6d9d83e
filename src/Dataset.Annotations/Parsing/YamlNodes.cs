using System.Collections.Generic;
using Dataset.Annotations.Diagnostics;

namespace Dataset.Annotations.Parsing;

/// <summary>A parsed YAML node with its location; transient, used only inside the parse step.</summary>
internal abstract class YamlNode
{
    protected YamlNode(LocationInfo location) => Location = location;

    public LocationInfo Location { get; private set; }

    /// <summary>Makes the span end where <paramref name="end"/> ends, once the node's last token is read.</summary>
    public void ExtendTo(LocationInfo end) =>
        Location = Location with { End = end.End, EndLine = end.EndLine, EndColumn = end.EndColumn };

    /// <summary>What the node is, in words, for "wrong type" messages.</summary>
    public abstract string Describe();
}

internal sealed class YamlScalar : YamlNode
{
    public YamlScalar(string value, bool isPlain, LocationInfo location)
        : base(location)
    {
        Value = value;
        IsPlain = isPlain;
    }

    public string Value { get; }

    public bool IsPlain { get; }

    /// <summary>A plain empty, <c>~</c> or <c>null</c> scalar: YAML's null.</summary>
    public bool IsNull => IsPlain && (Value.Length == 0 || Value == "~" || Value == "null" || Value == "Null" || Value == "NULL");

    public override string Describe() => IsNull ? "empty" : "a single value";
}

internal sealed class YamlSequence : YamlNode
{
    public YamlSequence(LocationInfo location)
        : base(location)
    {
    }

    public List<YamlNode> Items { get; } = new();

    public override string Describe() => "a list";
}

internal sealed class YamlMapping : YamlNode
{
    public YamlMapping(LocationInfo location)
        : base(location)
    {
    }

    public List<KeyValuePair<YamlNode, YamlNode>> Entries { get; } = new();

    public override string Describe() => "a mapping";
}
