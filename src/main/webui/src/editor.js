// The code editor: CodeMirror 6 with Java or Python highlighting.
import { EditorView, basicSetup } from "codemirror";
import { EditorState, Compartment } from "@codemirror/state";
import { keymap } from "@codemirror/view";
import { indentWithTab } from "@codemirror/commands";
import { java } from "@codemirror/lang-java";
import { python } from "@codemirror/lang-python";

export function createEditor(parent, { code, language, onChange }) {
  const languageSlot = new Compartment();
  const readOnlySlot = new Compartment();
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc: code,
      extensions: [
        basicSetup,
        keymap.of([indentWithTab]),
        languageSlot.of(language === "java" ? java() : python()),
        readOnlySlot.of([]),
        EditorView.updateListener.of((update) => update.docChanged && onChange(view.state.doc.toString())),
        EditorView.theme({ "&": { height: "100%" }, ".cm-scroller": { fontFamily: "var(--mono)" } }),
      ],
    }),
  });
  return {
    getValue: () => view.state.doc.toString(),
    setValue(text) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
    },
    setLanguage(name) {
      view.dispatch({ effects: languageSlot.reconfigure(name === "java" ? java() : python()) });
    },
    focus: () => view.focus(),
    setReadOnly(readOnly) {
      view.dispatch({ effects: readOnlySlot.reconfigure(readOnly ? [EditorState.readOnly.of(true), EditorView.editable.of(false)] : []) });
    },
  };
}
