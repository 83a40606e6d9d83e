using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.CompilerServices;
using Dataset.Annotations.Model;

namespace Dataset.Annotations.Tests.Caching;

/// <summary>
/// Values of the engine's records with every field set to something other than its default, each string and number
/// different: a codec that leaves a field out reads back a value that is not equal.
/// </summary>
internal sealed class FilledValues
{
    private int _next;

    public T Make<T>() => (T)Make(typeof(T));

    private object Make(Type type)
    {
        _next++;
        if (type == typeof(string))
        {
            return $"value {_next}";
        }

        if (type == typeof(int))
        {
            return _next;
        }

        if (type == typeof(bool))
        {
            return true;
        }

        if (type.IsEnum)
        {
            return Enum.GetValues(type).Cast<object>().Last();
        }

        if (type == typeof(ArticleText))
        {
            // Its text is one field of two forms (UTF-8, or a string UTF-8 cannot hold): made as the engine makes it.
            return new ArticleText($"value {_next}.txt", $"text {_next}");
        }

        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Make(underlying);
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition().Name.StartsWith("EquatableArray", StringComparison.Ordinal))
        {
            var item = type.GetGenericArguments()[0];
            return EquatableArrayOf(type, [Make(item), Make(item)]);
        }

        // A record of the engine: every field, bypassing the constructor (so nothing is derived or checked).
        var value = RuntimeHelpers.GetUninitializedObject(type);
        foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            field.SetValue(value, Make(field.FieldType));
        }

        return value;
    }

    /// <summary>An <c>EquatableArray</c> of the given type holding these items.</summary>
    public static object EquatableArrayOf(Type type, IReadOnlyList<object> items)
    {
        var item = type.GetGenericArguments()[0];
        var array = Array.CreateInstance(item, items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            array.SetValue(items[i], i);
        }

        var create = typeof(ImmutableArray).GetMethods()
            .Single(m => m.Name == nameof(ImmutableArray.Create) && m.GetParameters() is [{ ParameterType.IsArray: true }]);
        return Activator.CreateInstance(type, create.MakeGenericMethod(item).Invoke(null, [array]))!;
    }
}
