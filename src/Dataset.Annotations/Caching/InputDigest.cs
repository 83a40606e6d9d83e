using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Linq;
using System.Reflection;
using Dataset.Annotations.Coverage;
using Dataset.Annotations.Model;

namespace Dataset.Annotations.Caching;

/// <summary>
/// Writes a stage's input for its digest by walking every field of its values, as a record's equality compares
/// them: a field added to an input is in its digest without anything to remember, so a cached result is found only
/// for an input equal to the one it was computed from. Large values several inputs share are written by their own
/// digest (<see cref="IShared"/>): an article's content, an annotation's model (by the text it was parsed from), the
/// declared names.
/// </summary>
internal static class InputDigest
{
    private static readonly ConcurrentDictionary<Type, FieldInfo[]> Fields = new();

    /// <summary>The digests of the values several inputs share, taken once each.</summary>
    public interface IShared
    {
        /// <summary>The digest of an article's content.</summary>
        Digest ContentOf(string? text);

        /// <summary>The digest an annotation's model was parsed under, or null when it was not parsed through the cache.</summary>
        Digest? ModelOf(AnnotationFile file);

        Digest NamesOf(ActorNames names);
    }

    /// <summary>Writes one input (a record, a list, a string, a number) with every field it holds.</summary>
    public static void Write(CacheWriter w, object? value, IShared shared)
    {
        switch (value)
        {
            case null:
                w.Byte(0);
                return;
            case string text:
                w.Byte(1);
                w.String(text);
                return;
            case bool flag:
                w.Byte(2);
                w.Bool(flag);
                return;
            case int number:
                w.Byte(3);
                w.Int(number);
                return;
            case Enum kind:
                w.Byte(4);
                w.Int(Convert.ToInt32(kind, System.Globalization.CultureInfo.InvariantCulture));
                return;
            case ArticleText article:
                w.Byte(5);
                w.String(article.Path);
                w.Digest(shared.ContentOf(article.Content));
                return;
            case AnnotationFile file when shared.ModelOf(file) is { } parsed:
                w.Byte(6);
                w.Digest(parsed);
                return;
            case ActorNames names:
                w.Byte(7);
                w.Digest(shared.NamesOf(names));
                return;
            case IEnumerable items:
                // Lists (EquatableArray, arrays): their items in order.
                var list = items.Cast<object?>().ToList();
                w.Byte(8);
                w.UInt((uint)list.Count);
                foreach (var item in list)
                {
                    Write(w, item, shared);
                }

                return;
        }

        var type = value.GetType();
        if (type.Assembly != typeof(InputDigest).Assembly)
        {
            // Only the engine's own records are walked: their fields are their value.
            throw new NotSupportedException($"An input of type {type} has no digest.");
        }

        w.Byte(9);
        foreach (var field in Fields.GetOrAdd(type, FieldsOf))
        {
            Write(w, field.GetValue(value), shared);
        }
    }

    /// <summary>Every instance field, as a record's equality compares them, in a fixed order.</summary>
    private static FieldInfo[] FieldsOf(Type type) =>
        type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic).OrderBy(f => f.Name, StringComparer.Ordinal).ToArray();
}
