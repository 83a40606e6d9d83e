using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;

namespace Dataset;

/// <summary>
/// The records of each article of a generated dataset, read from the private string constant the generator writes
/// for each annotation file into the catalog class, by name. Constants are metadata, not code: the compiler stores
/// them without compiling anything per article, a reference assembly leaves private ones out (so an edit that keeps
/// the ids does not rebuild the projects that reference this one), and their size has no 16 MB limit, unlike string
/// literals in code. An article is read on first use and kept; a race reads it twice and keeps the first.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ArticleConstants
{
    private const int LookupsByName = 16;

    private readonly DatasetCatalog _catalog;
    private readonly Type _holder;
    private readonly string[] _names;
    private readonly ArticleRecords?[] _articles;
    private Dictionary<string, FieldInfo>? _fields;
    private int _lookups;

    /// <summary>Generated code calls this.</summary>
    /// <param name="catalog">The catalog the records resolve their references in.</param>
    /// <param name="holder">The class whose private string constants hold the articles' data.</param>
    /// <param name="names">The constants' names, one per line, in article number order.</param>
    public ArticleConstants(
        DatasetCatalog catalog,
        [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.NonPublicFields)] Type holder,
        string names)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(holder);
        ArgumentNullException.ThrowIfNull(names);
        _catalog = catalog;
        _holder = holder;
        _names = names.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        _articles = new ArticleRecords?[_names.Length];
    }

    /// <summary>The records of the article with this number.</summary>
    /// <param name="number">Its place in the names given to the constructor.</param>
    public ArticleRecords Article(int number)
    {
        if (Volatile.Read(ref _articles[number]) is { } read)
        {
            return read;
        }

        var field = Constant(_names[number]) ?? throw new MissingFieldException(_holder.FullName, _names[number]);
        var data = field.GetRawConstantValue() as string ?? throw new FormatException($"{_names[number]} is not a string constant.");
        Interlocked.CompareExchange(ref _articles[number], new DataArticleRecords(_catalog, data), null);
        return _articles[number]!;
    }

    // A few articles are looked up by name; past that, every constant at once, since a look-up by name scans the
    // class's fields and the catalog holds one per article (the first use of a kind's fields reads them all).
    private FieldInfo? Constant(string name)
    {
        if (_fields is null && Interlocked.Increment(ref _lookups) <= LookupsByName)
        {
            return _holder.GetField(name, BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.DeclaredOnly);
        }

        // Built once; a race builds it twice, harmlessly.
        return (_fields ??= Constants(_holder)).TryGetValue(name, out var field) ? field : null;
    }

    private static Dictionary<string, FieldInfo> Constants(
        [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.NonPublicFields)] Type holder) =>
        holder.GetFields(BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .Where(field => field.IsLiteral)
            .ToDictionary(field => field.Name, StringComparer.Ordinal);
}
