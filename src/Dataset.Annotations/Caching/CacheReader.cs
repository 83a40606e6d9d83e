using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using Dataset.Annotations.Collections;

namespace Dataset.Annotations.Caching;

/// <summary>
/// Reads back what a <see cref="CacheWriter"/> wrote, from a range of a byte array. Anything out of range or out of
/// form throws <see cref="InvalidDataException"/>: a cache that does not read is ignored, never trusted.
/// </summary>
internal sealed class CacheReader
{
    private readonly byte[] _bytes;
    private readonly int _end;
    private readonly List<string> _strings = new();
    private int _position;

    public CacheReader(byte[] bytes, int offset, int count)
    {
        if (offset < 0 || count < 0 || offset + count > bytes.Length)
        {
            throw new InvalidDataException("A cache record reaches past its file.");
        }

        (_bytes, _position, _end) = (bytes, offset, offset + count);
    }

    public int Position => _position;

    public bool AtEnd => _position == _end;

    public byte Byte()
    {
        Need(1);
        return _bytes[_position++];
    }

    public bool Bool() => Byte() switch
    {
        0 => false,
        1 => true,
        _ => throw new InvalidDataException("A cache record holds a flag that is neither 0 nor 1."),
    };

    public int Int()
    {
        var value = UInt();
        return unchecked((int)(value >> 1) ^ -(int)(value & 1));
    }

    public uint UInt()
    {
        var value = ULong();
        return value <= uint.MaxValue ? (uint)value : throw new InvalidDataException("A cache record holds a number past 32 bits where it needs one within.");
    }

    /// <summary>A non-negative number, seven bits to a byte, the last byte's high bit clear.</summary>
    public ulong ULong()
    {
        ulong value = 0;
        for (var shift = 0; shift < 70; shift += 7)
        {
            var b = Byte();
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }

        throw new InvalidDataException("A cache record holds a number longer than ten bytes.");
    }

    /// <summary>A count of items that each take at least one byte: never more than the bytes left.</summary>
    public int Count()
    {
        var count = UInt();
        if (count > (uint)(_end - _position))
        {
            throw new InvalidDataException("A cache record counts more items than it holds.");
        }

        return (int)count;
    }

    public string? String()
    {
        var tag = UInt();
        switch (tag)
        {
            case 0:
                return null;
            case 1:
                var value = Text();
                _strings.Add(value);
                return value;
            default:
                var index = tag - 2;
                if (index >= (uint)_strings.Count)
                {
                    throw new InvalidDataException("A cache record refers to a string it has not written.");
                }

                return _strings[(int)index];
        }
    }

    /// <summary>A string that must be there.</summary>
    public string Required() => String() ?? throw new InvalidDataException("A cache record lacks a string it must have.");

    public string Text()
    {
        var count = Count();
        var value = Encoding.UTF8.GetString(_bytes, _position, count);
        _position += count;
        return value;
    }

    public void Skip(int count)
    {
        Need(count);
        _position += count;
    }

    public Digest Digest()
    {
        Need(Caching.Digest.Length);
        var digest = Caching.Digest.From(_bytes, _position);
        _position += Caching.Digest.Length;
        return digest;
    }

    public EquatableArray<T> List<T>(Func<CacheReader, T> read)
        where T : IEquatable<T>
    {
        var count = Count();
        if (count == 0)
        {
            return EquatableArray<T>.Empty;
        }

        var items = ImmutableArray.CreateBuilder<T>(count);
        for (var i = 0; i < count; i++)
        {
            items.Add(read(this));
        }

        return new EquatableArray<T>(items.MoveToImmutable());
    }

    public T? Optional<T>(Func<CacheReader, T> read)
        where T : class => Bool() ? read(this) : null;

    /// <summary>An enum value, refused when it is not one of the type's.</summary>
    public TEnum Enum<TEnum>()
        where TEnum : struct
    {
        var value = Int();
        if (!EnumValues<TEnum>.Defined.Contains(value))
        {
            throw new InvalidDataException($"A cache record holds {value}, no {typeof(TEnum).Name}.");
        }

        return (TEnum)(object)value;
    }

    private static class EnumValues<TEnum>
        where TEnum : struct
    {
        public static readonly HashSet<int> Defined = new(System.Enum.GetValues(typeof(TEnum)).Cast<object>().Select(System.Convert.ToInt32));
    }

    private void Need(int count)
    {
        if (_end - _position < count)
        {
            throw new InvalidDataException("A cache record ends early.");
        }
    }
}
