/** AssetMaximaForm's strings (English, the source every locale translates). */
export default {
  "assetMaxima.title": "Asset maxima",
};
