using System.Collections.Generic;
using System.Text;
using Dataset.Annotations.Collections;
using Dataset.Annotations.Model;

using Dataset.RecordDataFormat;

namespace Dataset.Annotations.RecordData;

/// <summary>
/// Writes records as compact data for the runtime's RecordDataReader (src/Dataset; the two change together): each
/// field is <c>~</c> for null or <c>LENGTH:TEXT</c> with LENGTH in UTF-16 code units, so no content needs escaping;
/// a list is its count, then its items. One literal per file replaces thousands of <c>new</c> expressions, which is
/// what made large datasets slow to compile.
/// </summary>
internal sealed class RecordDataWriter
{
    private readonly StringBuilder _data = new();

    public RecordDataWriter Text(string? value)
    {
        RecordDataFraming.Append(_data, value);
        return this;
    }

    public RecordDataWriter Int(int value)
    {
        RecordDataFraming.Append(_data, value);
        return this;
    }

    public RecordDataWriter Date(DateValue? value)
    {
        // yyyy-MM-dd digit by digit, as DateValue.ToString writes it, without the string; a year outside 0..9999
        // (the model does not forbid one) keeps its text.
        if (value is { Year: >= 0 and <= 9999, Month: >= 0 and <= 99, Day: >= 0 and <= 99 })
        {
            RecordDataFraming.StartField(_data, 10);
            RecordDataFraming.AppendDigits(_data, value.Year, 4).Append('-');
            RecordDataFraming.AppendDigits(_data, value.Month, 2).Append('-');
            RecordDataFraming.AppendDigits(_data, value.Day, 2);
            return this;
        }

        return Text(value?.ToString());
    }

    /// <summary>A flag: <c>1</c> when set, null (one character) when not, so a dataset without drafts grows by a character a record.</summary>
    public RecordDataWriter Flag(bool value) => Text(value ? "1" : null);

    public RecordDataWriter Count(int count) => Int(count);

    /// <summary>An enum value as its number: its place in the schema's list, which is the runtime enum's order (a test holds them together).</summary>
    public RecordDataWriter Enum(IReadOnlyList<string> values, string value)
    {
        var index = 0;
        while (index < values.Count && values[index] != value)
        {
            index++;
        }

        return Int(index < values.Count ? index : -1);
    }

    public RecordDataWriter List<T>(IReadOnlyCollection<T> items, System.Action<T> write)
    {
        Count(items.Count);
        foreach (var item in items)
        {
            write(item);
        }

        return this;
    }

    /// <summary>
    /// A list of a record's fields: no boxing of the array and its enumerator, and <paramref name="write"/>, given
    /// the writer, needs no closure (a static lambda is made once), where the other overload made both per record.
    /// </summary>
    public RecordDataWriter List<T>(EquatableArray<T> items, System.Action<RecordDataWriter, T> write)
        where T : System.IEquatable<T>
    {
        Count(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            write(this, items[i]);
        }

        return this;
    }

    public override string ToString() => _data.ToString();
}
