import "./no-motion.css";
import { setProjectAnnotations } from "@storybook/react";
import * as preview from "../../.storybook/preview";

// The stories as Storybook renders them: the same loaders (sandbox reset, MSW) and decorators.
setProjectAnnotations([preview]);
