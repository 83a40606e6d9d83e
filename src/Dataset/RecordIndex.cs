using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Text;

namespace Dataset;

/// <summary>
/// Where every record of one kind is, read from compact data the generator writes: one line per record, in id order,
/// <c>id TAB article TAB item TAB member</c>, the member being the record's field in the generated class of its kind.
/// Generated code keeps the data as UTF-8 outside the string heap and builds this index only on the first look-up by
/// id, the first use of <c>All</c> or of a record's field, so a large dataset costs the compiler one literal instead
/// of a switch of thousands of cases, and costs an app nothing until it asks.
/// </summary>
/// <typeparam name="T">The record type.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class RecordIndex<T>
    where T : class
{
    private readonly Func<int, ArticleRecords> _article;
    private readonly Func<ArticleRecords, IReadOnlyList<T>> _records;
    private readonly string[] _ids;
    private readonly int[] _articles;
    private readonly int[] _items;
    private readonly string[] _members;
    private readonly Dictionary<string, int> _positions;
    private T[]? _all;

    /// <summary>Reads the index; generated code calls this.</summary>
    /// <param name="utf8">The lines, UTF-8.</param>
    /// <param name="article">The records of an article by its number.</param>
    /// <param name="records">This kind's records of an article.</param>
    public RecordIndex(ReadOnlySpan<byte> utf8, Func<int, ArticleRecords> article, Func<ArticleRecords, IReadOnlyList<T>> records)
    {
        _article = article;
        _records = records;
        var lines = Encoding.UTF8.GetString(utf8).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        _ids = new string[lines.Length];
        _articles = new int[lines.Length];
        _items = new int[lines.Length];
        _members = new string[lines.Length];
        _positions = new Dictionary<string, int>(lines.Length, StringComparer.Ordinal);
        for (var i = 0; i < lines.Length; i++)
        {
            var fields = lines[i].Split('\t');
            _ids[i] = fields[0];
            _articles[i] = Number(fields[1]);
            _items[i] = Number(fields[2]);
            _members[i] = fields.Length > 3 ? fields[3] : string.Empty;
            _positions[fields[0]] = i;
        }
    }

    /// <summary>How many records of this kind there are.</summary>
    public int Count => _ids.Length;

    /// <summary>Every record, in id order; builds every article.</summary>
    public IReadOnlyList<T> All
    {
        get
        {
            if (_all is null)
            {
                var all = new T[_ids.Length];
                for (var i = 0; i < all.Length; i++)
                {
                    all[i] = At(i);
                }

                _all = all;
            }

            return _all;
        }
    }

    /// <summary>The record with this id, or null; builds only the article that declares it.</summary>
    public T? Find(string id) => _positions.TryGetValue(id, out var position) ? At(position) : null;

    /// <summary>
    /// Sets each record's field of <paramref name="members"/>, the generated class of this kind, from its static
    /// constructor; generated code calls this. Fields cost the compiler a third of what a property per record does
    /// (docs/performance.md, "Records as data, fields as members"); the price is that the first use of any field builds every article.
    /// </summary>
    /// <param name="members">The class whose public static read-only fields are named in the index.</param>
    public void Bind([DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] Type members)
    {
        ArgumentNullException.ThrowIfNull(members);
        var fields = new Dictionary<string, FieldInfo>(StringComparer.Ordinal);
        foreach (var field in members.GetFields(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly))
        {
            if (field.IsInitOnly && field.FieldType == typeof(T))
            {
                fields[field.Name] = field;
            }
        }

        for (var i = 0; i < _members.Length; i++)
        {
            if (fields.TryGetValue(_members[i], out var field))
            {
                field.SetValue(null, At(i));
            }
        }
    }

    private static int Number(string digits)
    {
        var value = 0;
        foreach (var c in digits)
        {
            value = (value * 10) + (c - '0');
        }

        return value;
    }

    private T At(int position) => _records(_article(_articles[position]))[_items[position]];
}
