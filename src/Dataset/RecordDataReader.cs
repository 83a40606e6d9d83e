using System.Globalization;

namespace Dataset;

/// <summary>
/// Reads the generator's compact record data: a sequence of fields, each either <c>~</c> (null) or
/// <c>LENGTH:TEXT</c> where LENGTH counts UTF-16 code units, so any string round-trips without escaping. Numbers,
/// dates and enum names are fields too; a list is its count followed by its items. The writer is
/// Dataset.Generators' RecordDataWriter; the two change together.
/// </summary>
internal sealed class RecordDataReader(string data)
{
    private int _at;

    public Document Document() => new(
        new DocumentId(Text()), Text(), Text(), Date(), Optional(), Text(), Int());

    public Actor Actor(DatasetCatalog catalog, DocumentId? document) => new(
        new ActorId(Text()), Text(), Enum<ActorKind>(), List(() => new Role(catalog, Text(), OptionalActor())), List(Text), Optional(), document);

    public Statement Statement(DatasetCatalog catalog) => new(
        catalog,
        new StatementId(Text()),
        new ActorId(Text()),
        OptionalActor(),
        List(() => new ActorId(Text())),
        Enum<SpeechAct>(),
        Enum<StatementForm>(),
        OptionalDate(),
        Optional(),
        Evidence(),
        Optional() is { } answered ? new StatementId(answered) : null);

    public Sanction Sanction(DatasetCatalog catalog) => new(
        catalog,
        new SanctionId(Text()),
        new ActorId(Text()),
        List(() => new ActorId(Text())),
        Enum<SanctionStatus>(),
        Optional(),
        OptionalDate(),
        Evidence());

    public T[] List<T>(Func<T> item)
    {
        var items = new T[Int()];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = item();
        }

        return items;
    }

    public void End()
    {
        if (_at != data.Length)
        {
            throw Corrupt();
        }
    }

    private Evidence Evidence() => new(
        Optional() is { } document ? new DocumentId(document) : default, Text(), Text(), Text(), Int(), Int(), Int(), Int());

    private ActorId? OptionalActor() => Optional() is { } id ? new ActorId(id) : null;

    private DateOnly Date() => DateOnly.ParseExact(Text(), "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private DateOnly? OptionalDate() => Optional() is { } date ? DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;

    private T Enum<T>()
        where T : struct, Enum => System.Enum.Parse<T>(Text());

    private int Int() => int.Parse(Text(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    private string Text() => Optional() ?? throw Corrupt();

    private string? Optional()
    {
        if (_at < data.Length && data[_at] == '~')
        {
            _at++;
            return null;
        }

        var colon = data.IndexOf(':', _at);
        if (colon < 0 || !int.TryParse(data.AsSpan(_at, colon - _at), NumberStyles.None, CultureInfo.InvariantCulture, out var length) || colon + 1 + length > data.Length)
        {
            throw Corrupt();
        }

        _at = colon + 1 + length;
        return data.Substring(colon + 1, length);
    }

    private InvalidOperationException Corrupt() =>
        new($"The generated record data is corrupt at offset {_at}; rebuild the project that holds the dataset.");
}
