using System;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ArticleFacts.Generators.PropertyTests.Infrastructure;

/// <summary>
/// An additional file whose text counts how often it is read, and cancels a token from inside the read that reaches
/// <see cref="CancelAtRead"/>: cancellation driven by the work itself, never by a timer.
/// </summary>
internal sealed class CountingAdditionalText : AdditionalText
{
    private readonly CountingSourceText _text;

    public CountingAdditionalText(string path, string text, CancellationTokenSource? cancelAt = null, int cancelAtRead = 0)
    {
        Path = path;
        _text = new CountingSourceText(text, cancelAt, cancelAtRead);
    }

    public override string Path { get; }

    /// <summary>Calls of <see cref="GetText"/>.</summary>
    public int Opened { get; private set; }

    /// <summary>Reads of the text (chunks copied or characters indexed), over all opens.</summary>
    public int Reads => _text.Reads;

    /// <summary>The read that cancels the token (1-based; 0: never).</summary>
    public int CancelAtRead => _text.CancelAtRead;

    public override SourceText GetText(CancellationToken cancellationToken = default)
    {
        Opened++;
        return _text;
    }
}

/// <summary>
/// A source text over a string that counts its reads; <see cref="SourceText.ToString()"/> reads it through
/// <see cref="CopyTo"/> in chunks, so a large text is many reads. The read numbered <see cref="CancelAtRead"/> cancels the source.
/// </summary>
internal sealed class CountingSourceText : SourceText
{
    private readonly string _text;
    private readonly CancellationTokenSource? _cancel;

    public CountingSourceText(string text, CancellationTokenSource? cancel, int cancelAtRead)
    {
        _text = text;
        _cancel = cancel;
        CancelAtRead = cancelAtRead;
    }

    public int Reads { get; private set; }

    public int CancelAtRead { get; }

    public override Encoding? Encoding => Encoding.UTF8;

    public override int Length => _text.Length;

    public override char this[int position]
    {
        get
        {
            Read();
            return _text[position];
        }
    }

    public override void CopyTo(int sourceIndex, char[] destination, int destinationIndex, int count)
    {
        Read();
        _text.CopyTo(sourceIndex, destination, destinationIndex, count);
    }

    private void Read()
    {
        if (++Reads == CancelAtRead)
        {
            _cancel?.Cancel();
        }
    }
}
