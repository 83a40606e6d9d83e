using System;
using System.Collections.Generic;
using System.Text;

namespace Dataset.Annotations.Caching;

/// <summary>
/// Writes values into a growable byte buffer in the cache's binary form: integers as 7-bit variable-length numbers,
/// strings as UTF-8 once per record written (later uses refer back to the first, so a file's path, written with
/// every location, costs a byte or two after its first time). What a <see cref="CacheReader"/> reads back, and what an
/// input's digest is taken of.
/// </summary>
internal sealed class CacheWriter
{
    private static readonly Encoding StrictEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly Dictionary<string, int> _strings = new(StringComparer.Ordinal);
    private byte[] _buffer;

    public CacheWriter(int capacity = 4096) => _buffer = new byte[capacity];

    public int Length { get; private set; }

    public byte[] Buffer => _buffer;

    /// <summary>Starts a new record: the buffer is emptied and strings are written in full again.</summary>
    public void Reset()
    {
        Length = 0;
        _strings.Clear();
    }

    /// <summary>The digest of what was written since the last <see cref="Reset"/>.</summary>
    public Digest Digest() => Caching.Digest.Of(_buffer, 0, Length);

    public byte[] ToArray()
    {
        var bytes = new byte[Length];
        Array.Copy(_buffer, bytes, Length);
        return bytes;
    }

    public void Byte(byte value)
    {
        Reserve(1);
        _buffer[Length++] = value;
    }

    public void Bool(bool value) => Byte(value ? (byte)1 : (byte)0);

    /// <summary>A non-negative or negative integer, zig-zag encoded so that small negative numbers stay short.</summary>
    public void Int(int value) => UInt(unchecked((uint)((value << 1) ^ (value >> 31))));

    public void UInt(uint value) => ULong(value);

    /// <summary>A non-negative 64-bit number, seven bits to a byte.</summary>
    public void ULong(ulong value)
    {
        Reserve(10);
        while (value >= 0x80)
        {
            _buffer[Length++] = (byte)(value | 0x80);
            value >>= 7;
        }

        _buffer[Length++] = (byte)value;
    }

    /// <summary>A string or null: 0 for null, 1 and its UTF-8 bytes the first time, 2 + n for the n-th string already written.</summary>
    public void String(string? value)
    {
        if (value is null)
        {
            UInt(0);
            return;
        }

        if (_strings.TryGetValue(value, out var index))
        {
            UInt((uint)index + 2);
            return;
        }

        _strings[value] = _strings.Count;
        UInt(1);
        Text(value);
    }

    /// <summary>A string in full, never shared: for long texts written once (an article's content).</summary>
    public void Text(string value)
    {
        var count = Encoding.UTF8.GetByteCount(value);
        UInt((uint)count);
        Reserve(count);
        Length += Encoding.UTF8.GetBytes(value, 0, value.Length, _buffer, Length);
    }

    /// <summary>
    /// A content as tag 1, then its UTF-8 bytes as <see cref="Text"/> writes them; false (nothing kept) when the string
    /// holds what UTF-8 cannot (a lone surrogate), so that two different strings never write the same bytes.
    /// </summary>
    public bool StrictUtf8(string value)
    {
        var start = Length;
        try
        {
            var count = StrictEncoding.GetByteCount(value);
            Byte(1);
            UInt((uint)count);
            Reserve(count);
            Length += StrictEncoding.GetBytes(value, 0, value.Length, _buffer, Length);
            return true;
        }
        catch (EncoderFallbackException)
        {
            Length = start;
            return false;
        }
    }

    /// <summary>A string's UTF-16 code units as they are, lone surrogates too (an encoding would replace them).</summary>
    public void Utf16(string value)
    {
        UInt((uint)value.Length);
        Reserve(value.Length * 2);
        foreach (var unit in value)
        {
            _buffer[Length++] = (byte)unit;
            _buffer[Length++] = (byte)(unit >> 8);
        }
    }

    public void Digest(Digest digest) => Bytes(digest.ToBytes());

    public void Bytes(byte[] bytes) => Bytes(bytes, 0, bytes.Length);

    public void Bytes(byte[] bytes, int offset, int count)
    {
        Reserve(count);
        Array.Copy(bytes, offset, _buffer, Length, count);
        Length += count;
    }

    /// <summary>A list: its count, then each item.</summary>
    public void List<T>(IReadOnlyList<T> items, Action<CacheWriter, T> write)
    {
        UInt((uint)items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            write(this, items[i]);
        }
    }

    /// <summary>A value that may be null: a flag, then the value.</summary>
    public void Optional<T>(T? value, Action<CacheWriter, T> write)
        where T : class
    {
        Bool(value is not null);
        if (value is not null)
        {
            write(this, value);
        }
    }

    private void Reserve(int count)
    {
        if (Length + count > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, Length + count));
        }
    }
}
