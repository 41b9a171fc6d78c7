export { TagsEditor, type TagsEditorProps } from "./TagsEditor";
