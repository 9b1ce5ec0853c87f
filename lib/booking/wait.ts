/** Waits of two hours or more are said in hours ("24 小时", not "1440 分钟"); shorter ones in minutes (hours 0). */
export const waitHours = (minutes: number) => (minutes >= 120 ? Math.ceil(minutes / 60) : 0);
