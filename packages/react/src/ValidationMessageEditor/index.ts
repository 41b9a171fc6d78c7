export {
  ValidationMessageEditor,
  type ValidationMessageEditorProps,
} from "./ValidationMessageEditor";
