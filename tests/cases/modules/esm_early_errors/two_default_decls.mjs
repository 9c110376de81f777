export default function a() {}
export default class {}
