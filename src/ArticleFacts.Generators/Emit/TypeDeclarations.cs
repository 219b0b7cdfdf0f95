using System;
using System.Collections.Generic;
using ArticleFacts.Generators.Model;

namespace ArticleFacts.Generators.Emit;

/// <summary>Writes the blocks around a generated type: its namespace and the declarations of its containing types.</summary>
internal static class TypeDeclarations
{
    /// <summary>Opens the namespace and each containing type of <paramref name="target"/>, outermost first; disposing closes them.</summary>
    public static Containers OpenContainers(CodeWriter w, TypeTarget target)
    {
        var blocks = new List<CodeWriter.Block>();
        if (target.Namespace is not null)
        {
            blocks.Add(w.Open("namespace " + target.Namespace));
        }

        foreach (var containing in target.Containing)
        {
            blocks.Add(w.Open(containing.Header));
        }

        return new Containers(blocks);
    }

    /// <summary>The open blocks, closed innermost first.</summary>
    public readonly struct Containers : IDisposable
    {
        private readonly List<CodeWriter.Block> _blocks;

        public Containers(List<CodeWriter.Block> blocks) => _blocks = blocks;

        public void Dispose()
        {
            for (var i = _blocks.Count - 1; i >= 0; i--)
            {
                _blocks[i].Dispose();
            }
        }
    }
}
