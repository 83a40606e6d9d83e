namespace Dataset.Annotations.Text;

/// <summary>A declared name found in a text: the name as declared, the id it names, and where it stands.</summary>
internal readonly struct NameMatch
{
    public NameMatch(string name, string id, int start, int end, bool inflected)
    {
        Name = name;
        Id = id;
        Start = start;
        End = end;
        Inflected = inflected;
    }

    public string Name { get; }

    public string Id { get; }

    public int Start { get; }

    public int End { get; }

    /// <summary>Whether the text has the name in another case than declared: "Казахстана" for "Казахстан".</summary>
    public bool Inflected { get; }
}
