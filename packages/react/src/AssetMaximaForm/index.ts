export { ASSET_MAXIMA_GROUPS, AssetMaximaForm, type AssetMaximaFormProps } from "./AssetMaximaForm";
