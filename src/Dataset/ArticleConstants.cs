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
    private readonly DatasetCatalog _catalog;
    private readonly Type _holder;
    private readonly string[] _names;
    private readonly ArticleRecords?[] _articles;

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

        var field = _holder.GetField(_names[number], BindingFlags.NonPublic | BindingFlags.Static)
            ?? throw new MissingFieldException(_holder.FullName, _names[number]);
        var data = field.GetRawConstantValue() as string ?? throw new FormatException($"{_names[number]} is not a string constant.");
        Interlocked.CompareExchange(ref _articles[number], new DataArticleRecords(_catalog, data), null);
        return _articles[number]!;
    }
}
