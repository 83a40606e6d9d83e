using System.Runtime.CompilerServices;
using Dataset.RecordDataFormat;

namespace Dataset;

/// <summary>
/// Reads the generator's compact record data: a sequence of fields, each either <c>~</c> (null) or
/// <c>LENGTH:TEXT</c> where LENGTH counts UTF-16 code units, so any string round-trips without escaping. Numbers,
/// dates (<c>yyyy-MM-dd</c>) and enum values (their number) are fields too; a list is its count followed by its
/// items (the framing is <see cref="RecordDataFraming"/>, shared with the writer). A file's data starts with its
/// annotation's path; each record ends with the line and column of its id. The writer is the annotation engine's
/// RecordDataEncoder; RecordDataFormatTests hold the two together. Nothing here touches culture
/// data or reflection: this runs on an app's first access to a record, where loading either would cost milliseconds.
/// </summary>
internal sealed class RecordDataReader(string data)
{
    private int _at;

    /// <summary>The annotation's path, written once before the file's records.</summary>
    public string SourcePath() => Text();

    public Document Document(string path) => new(
        new DocumentId(Text()),
        Text(),
        Text(),
        Date(),
        Optional(),
        Text(),
        Int(),
        url: Optional(),
        retrieved: OptionalDate(),
        wire: Optional(),
        language: Optional(),
        isLanguageGuessed: Flag(),
        source: Source(path));

    // The same-as ids follow the source, so they are read (in the initializer) after the constructor's arguments.
    public Actor Actor(DatasetCatalog catalog, DocumentId? document, string path) => new(
        new ActorId(Text()),
        Text(),
        Enum<ActorKind>(),
        List(() => new Role(catalog, Text(), OptionalActor())),
        List(Text),
        Optional(),
        document,
        isDraft: Flag(),
        source: Source(path))
    {
        SameAsIds = List(() => new ActorId(Text())),
        MemberIds = List(() => new ActorId(Text())),
    };

    // Arguments are evaluated in the order written, which is the order of the fields: named ones keep the line and
    // column last, as every record ends.
    public Statement Statement(DatasetCatalog catalog, string path) => new(
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
        Optional() is { } answered ? new StatementId(answered) : null,
        sameAs: List(() => new StatementId(Text())),
        distinctFrom: List(() => new StatementId(Text())),
        restates: Optional() is { } restated ? new StatementId(restated) : null,
        isStandingPosition: Flag(),
        isDraft: Flag(),
        source: Source(path));

    public Sanction Sanction(DatasetCatalog catalog, string path) => new(
        catalog,
        new SanctionId(Text()),
        new ActorId(Text()),
        List(() => new ActorId(Text())),
        Enum<SanctionStatus>(),
        Optional(),
        OptionalDate(),
        Evidence(),
        provisions: List(() => new SanctionProvision(Enum<ProvisionKind>(), Optional()) { TargetIds = List(() => new ActorId(Text())) }),
        program: Optional(),
        authority: Optional(),
        start: OptionalDate(),
        end: OptionalDate(),
        proposer: Optional() is { } proposer ? new ActorId(proposer) : null,
        sameAs: List(() => new SanctionId(Text())),
        distinctFrom: List(() => new SanctionId(Text())),
        isDraft: Flag(),
        source: Source(path));

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

    /// <summary>The line and column of the record's id, written after its fields.</summary>
    private SourceLocation Source(string path) => new(path, Int(), Int());

    /// <summary>A flag: <c>1</c> when set, null when not.</summary>
    private bool Flag() => Optional() switch
    {
        null => false,
        "1" => true,
        _ => throw Corrupt(),
    };

    private ActorId? OptionalActor() => Optional() is { } id ? new ActorId(id) : null;

    private DateOnly Date() => ToDate(Text());

    private DateOnly? OptionalDate() => Optional() is { } date ? ToDate(date) : null;

    private T Enum<T>()
        where T : struct, Enum
    {
        var value = Int();
        return System.Runtime.CompilerServices.Unsafe.As<int, T>(ref value);
    }

    // Read in place: a number is parsed from the data without a string of its own.
    private int Int() => ToInt(Field());

    private DateOnly ToDate(string text) =>
        text.Length == 10 && text[4] == '-' && text[7] == '-'
            ? new DateOnly(ToInt(text.AsSpan(0, 4)), ToInt(text.AsSpan(5, 2)), ToInt(text.AsSpan(8, 2)))
            : throw Corrupt();

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int ToInt(ReadOnlySpan<char> text)
    {
        var negative = text.Length > 0 && text[0] == '-';
        var digits = negative ? text[1..] : text;
        if (digits.Length is 0 or > 9)
        {
            throw Corrupt();
        }

        var value = 0;
        foreach (var c in digits)
        {
            value = c is >= '0' and <= '9' ? (value * 10) + (c - '0') : throw Corrupt();
        }

        return negative ? -value : value;
    }

    private string Text() => Optional() ?? throw Corrupt();

    private string? Optional()
    {
        if (_at < data.Length && data[_at] == RecordDataFraming.Null)
        {
            _at++;
            return null;
        }

        return Field().ToString();
    }

    /// <summary>The next field's characters, which must be present (not null).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private ReadOnlySpan<char> Field()
    {
        if (_at < data.Length && data[_at] == RecordDataFraming.Null)
        {
            throw Corrupt();
        }

        var colon = data.IndexOf(RecordDataFraming.LengthEnd, _at);
        if (colon < 0)
        {
            throw Corrupt();
        }

        var length = ToInt(data.AsSpan(_at, colon - _at));
        if (length < 0 || colon + 1 + length > data.Length)
        {
            throw Corrupt();
        }

        _at = colon + 1 + length;
        return data.AsSpan(colon + 1, length);
    }

    private InvalidOperationException Corrupt() =>
        new($"The generated record data is corrupt at offset {_at}; rebuild the project that holds the dataset.");
}
